/**
 * Translatable fields of `handbook/metadata.json` when the config names none: the book's
 * title and labels, role names, goal names and descriptions, and activity titles.
 */
export const DEFAULT_METADATA_FIELDS: string[] = [
  'title',
  'subtitle',
  'ui.*',
  'roles.*.name',
  'goals.*.name',
  'goals.*.description',
  'activities.*.name',
];
