/**
 * Where things are: the folders of a project root, the names of its files, and the tool's own
 * version from its package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where each kind of file lives in a project root. The staleness record and the archive sit
 * outside `locales/`, so Weblate's file mask `locales/*\/…json` never sees them.
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

/** The tool's own package.json (found upward from this module, from the sources or a build alike). */
const toolPackage = readToolPackage();

/** The tool's version, from its package.json; `0` when none is found. */
export const TOOL_VERSION: string = toolPackage.version;

/** The folder of the tool's package.json (the repository, or `node_modules/handbook-l10n`), if found. */
export const TOOL_ROOT: string | undefined = toolPackage.root;

/** The nearest package.json above this module named `handbook-l10n`. */
function readToolPackage(): { version: string; root: string | undefined } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (data.name === 'handbook-l10n') return { version: data.version ?? '0', root: dir };
    }
    const parent = dirname(dir);
    if (parent === dir) return { version: '0', root: undefined };
    dir = parent;
  }
}
