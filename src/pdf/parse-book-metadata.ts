/**
 * Validate the handbook metadata that the cover, the running footer and internal links use.
 */
import { z } from 'zod';

const metadataSchema = z.object({
  title: z.string().optional(),
  subtitle: z.string().optional(),
  version: z.string().optional(),
  ui: z
    .object({
      language: z.string().optional(),
      contents: z.string().optional(),
      page: z.string().optional(),
      version: z.string().optional(),
      goal: z.string().optional(),
      roles: z.string().optional(),
    })
    .optional(),
  activities: z
    .array(
      z.object({
        id: z.string(),
        name: z.string().optional(),
        path: z.string().optional(),
        slug: z.string().optional(),
      }),
    )
    .optional(),
});

/** The metadata fields the PDF stage uses, with defaults filled in. */
export interface BookMetadata {
  /** Book title (cover, PDF `/Title`). */
  title: string;
  /** Subtitle, or empty. */
  subtitle: string;
  /** Version string, or empty. */
  version: string;
  /** UI words in the book's language. */
  ui: { language: string; contents: string; page: string; version: string };
  /** Activities that internal links can point at. */
  activities: Array<{ id: string; name: string; path: string; slug: string }>;
}

/**
 * Parse the (translated) metadata, tolerating missing optional fields.
 *
 * Invariant: the result always has a title, a page label containing `{page}` and
 * `{pages}` (English default otherwise), and only activities with both `path` and `slug`.
 *
 * @param value The parsed JSON of `handbook/metadata.json`.
 * @param fallbackTitle Title to use when the metadata has none.
 * @returns The fields the PDF stage uses.
 * @throws Error naming the failing field when the shape is wrong.
 */
export function parseBookMetadata(value: unknown, fallbackTitle: string): BookMetadata {
  const parsed = metadataSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid metadata at \`${issue?.path.join('.') ?? ''}\`: ${issue?.message ?? 'unknown'}`);
  }
  const data = parsed.data;
  const page = data.ui?.page;
  return {
    title: data.title ?? fallbackTitle,
    subtitle: data.subtitle ?? '',
    version: data.version ?? '',
    ui: {
      language: data.ui?.language ?? '',
      contents: data.ui?.contents ?? 'Contents',
      page: page !== undefined && page.includes('{page}') ? page : 'Page {page} of {pages}',
      version: data.ui?.version ?? 'Version',
    },
    activities: (data.activities ?? []).flatMap((activity) =>
      activity.path !== undefined && activity.slug !== undefined
        ? [{ id: activity.id, name: activity.name ?? activity.id, path: activity.path, slug: activity.slug }]
        : [],
    ),
  };
}
