import { join, relative, sep } from 'node:path';

/**
 * Where each kind of file lives in a project root.
 * Invariant: the staleness record and the archive sit outside `locales/`, so Weblate's file
 * mask `locales/*\/…json` never sees them.
 */
export const PROJECT_PATHS = {
  /** The configuration file (optional). */
  config: '.handbook-l10n.json',
  /** The handbook folder when the configuration names none (`handbookDir`). */
  handbook: 'handbook',
  /** Weblate's files: `locales/<lang>/<namespace>.json`. */
  locales: 'locales',
  /** TBX glossaries, one per language. */
  glossary: 'glossary',
  /** Font stacks. */
  fonts: 'fonts',
  /** Build output (git-ignored). */
  build: 'build',
  /** Staleness records, one per source file: `.l10n/state/<namespace>.json` (language → key → hashes). */
  state: '.l10n/state',
  /** Archived translations whose keys left English: `.l10n/archive/<lang>.json`. */
  archive: '.l10n/archive',
  /** Translator notes from `<!-- i18n:note … -->`: namespace → key → note. */
  notes: '.l10n/notes.json',
} as const;

/**
 * Path of a locale file.
 * @param root Project root.
 * @param lang Folder code.
 * @param namespace Namespace (source path without extension, relative to the handbook folder).
 * @returns Absolute path of `locales/<lang>/<namespace>.json`.
 */
export function getLocalePath(root: string, lang: string, namespace: string): string {
  return join(root, PROJECT_PATHS.locales, lang, `${namespace}.json`);
}

/**
 * A path as the project's messages, reports and records name it: relative to the root, with
 * `/` between folders on every system.
 * @param root Project root.
 * @param path Absolute path (inside the root, or not).
 * @returns The relative path.
 */
export function toProjectPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
