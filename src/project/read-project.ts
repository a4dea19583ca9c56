/**
 * Read a project: its configuration, its source files in book order, its languages, and the
 * guard options its configuration asks for.
 */
import { openMergeCache, type MergeCache } from './merge-cache.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../extract/index.js';
import { readConfig } from '../config/index.js';
import type { Config } from '../config/index.js';
import { isLanguageCode } from '../config/index.js';
import { UsageError } from '../base/index.js';
import { decodeUtf8, PROJECT_PATHS } from '../store/index.js';
import type { GuardOptions } from '../merge/index.js';
import { protectedTokenDefaults } from '../merge/index.js';

/** One source file of the handbook. */
export interface SourceFile {
  /** Project-relative path with `/`, e.g. `handbook/51_activity_01.md`. */
  path: string;
  /** Path relative to the handbook folder, e.g. `51_activity_01.md`. */
  relative: string;
  /** Namespace: `relative` without its extension. */
  namespace: string;
  /** Markdown or a metadata JSON file. */
  kind: 'markdown' | 'json';
  /** For JSON files: the translatable field patterns. */
  fields: string[];
  /** The file's text, without a byte-order mark. */
  text: string;
  /** Whether the file starts with a UTF-8 byte-order mark, which merged files keep. */
  bom: boolean;
}

/** A project as read from disk. */
export interface Project {
  /** Absolute root. */
  root: string;
  /** Validated configuration. */
  config: Config;
  /** Source files in book (path) order, metadata files last. */
  sources: SourceFile[];
  /** Target languages (no source language), in the order given or sorted. */
  languages: string[];
  /** Merge results of earlier runs by content hash (see `merge-cache.ts`). */
  mergeCache: MergeCache;
  /** Files the `include` patterns match only under a dot-folder, which are not read (project-relative). */
  skipped: string[];
  /** Symbolic links the `include` patterns match, which are not followed (project-relative). */
  links: string[];
}

/**
 * Read the configuration and every source file of a project.
 * Sources come in path order; languages are validated BCP 47 folder codes.
 * @param rootDir Project root (relative or absolute).
 * @param only Languages to limit to (`--lang`); all when undefined.
 * @returns The project.
 * @throws UsageError for a missing handbook folder or an unknown `--lang`.
 */
export async function readProject(rootDir: string, only?: readonly string[]): Promise<Project> {
  const root = resolve(rootDir);
  const config = await readConfig(root);
  refuseEscapes(root, config);
  const handbook = join(root, config.handbookDir);
  if (!isDirectory(handbook)) throw new UsageError(`no handbook folder: ${config.handbookDir}/ does not exist in ${root}`);
  const relatives = orderChapters(handbook, config, fg.sync(config.include, { cwd: handbook, onlyFiles: true, dot: false, caseSensitiveMatch: false, followSymbolicLinks: false }).sort());
  // What else the patterns match, to say it is not read: files under dot-folders (read only
  // when a pattern names the folder) and links (one may leave the project, or loop back into it).
  const read = new Set([...relatives, ...(config.order && !Array.isArray(config.order) ? [config.order.summary] : [])]);
  const skipped: string[] = [];
  const links: string[] = [];
  for (const entry of fg.sync(config.include, { cwd: handbook, onlyFiles: false, dot: true, caseSensitiveMatch: false, followSymbolicLinks: false, stats: true })) {
    if (entry.stats?.isSymbolicLink()) links.push(`${config.handbookDir}/${entry.path}`);
    else if (entry.stats?.isFile() && !read.has(entry.path)) skipped.push(`${config.handbookDir}/${entry.path}`);
  }
  skipped.sort();
  links.sort();
  const sources: SourceFile[] = [];
  for (const relative of relatives) {
    sources.push({
      path: `${config.handbookDir}/${relative}`,
      relative,
      namespace: relative.replace(/\.md$/i, ''),
      kind: 'markdown',
      fields: [],
      ...readSourceText(join(handbook, relative), `${config.handbookDir}/${relative}`),
    });
  }
  const metadata = config.metadata ?? (isFile(join(handbook, 'metadata.json')) ? [{ file: `${config.handbookDir}/metadata.json`, fields: DEFAULT_METADATA_FIELDS }] : []);
  for (const entry of metadata) {
    const relative = entry.file.startsWith(`${config.handbookDir}/`) ? entry.file.slice(config.handbookDir.length + 1) : entry.file;
    sources.push({
      path: entry.file,
      relative,
      namespace: relative.replace(/\.json$/i, ''),
      kind: 'json',
      fields: entry.fields,
      ...readMetadataText(root, entry.file),
    });
  }
  refuseSharedNamespaces(sources);
  const languages = await getLanguages(root, config);
  if (only) {
    for (const lang of only) {
      if (!isLanguageCode(lang)) throw new UsageError(`--lang: "${lang}" is not a BCP 47 folder code such as de, pt-BR or zh-Hant`);
    }
  }
  return { root, config, sources, skipped, links, mergeCache: openMergeCache(root), languages: only ? languages.filter((l) => only.includes(l)).concat(only.filter((l) => !languages.includes(l) && l !== config.sourceLanguage)) : languages };
}

async function getLanguages(root: string, config: Config): Promise<string[]> {
  if (config.languages) {
    for (const lang of config.languages) {
      if (!isLanguageCode(lang)) throw new UsageError(`.handbook-l10n.json: invalid config field \`languages\`: "${lang}" is not a BCP 47 folder code`);
    }
    return config.languages.filter((l) => l !== config.sourceLanguage);
  }
  let entries: string[];
  try {
    entries = readdirSync(join(root, PROJECT_PATHS.locales), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
  return entries.filter((name) => name !== config.sourceLanguage && isLanguageCode(name)).sort();
}

/**
 * Refuse two sources whose locale files would be the same (`metadata.md` and `metadata.json`,
 * or `a.md` and `A.md` on a system or in Weblate where case does not count).
 * @throws UsageError naming both files and the locale file they share.
 */
function refuseSharedNamespaces(sources: readonly SourceFile[]): void {
  const seen = new Map<string, SourceFile>();
  for (const file of sources) {
    const id = file.namespace.toLowerCase();
    const other = seen.get(id);
    if (other) {
      throw new UsageError(`${other.path} and ${file.path} would share the locale file locales/<lang>/${file.namespace}.json; rename one of them`, { file: file.path });
    }
    seen.set(id, file);
  }
}

/**
 * Refuse a configuration that would read or write outside the project: a source language that
 * is not a BCP 47 folder code (it names a folder under `locales/`), and a handbook folder,
 * pattern or metadata file that resolves outside the root.
 * @throws UsageError naming the field and the value.
 */
function refuseEscapes(root: string, config: Config): void {
  const field = (name: string, value: string, expected: string): UsageError =>
    new UsageError(`.handbook-l10n.json: invalid config field \`${name}\`: "${value}"; expected ${expected}`, { file: PROJECT_PATHS.config });
  if (!isLanguageCode(config.sourceLanguage)) throw field('sourceLanguage', config.sourceLanguage, 'a BCP 47 folder code such as en or pt-BR');
  const inside = (path: string): boolean => {
    const resolved = resolve(root, path);
    return resolved === root || resolved.startsWith(root + sep);
  };
  if (!inside(config.handbookDir)) throw field('handbookDir', config.handbookDir, 'a folder inside the project');
  for (const pattern of config.include) {
    if (isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) throw field('include', pattern, 'a pattern relative to handbookDir, without ".."');
  }
  for (const entry of config.metadata ?? []) {
    if (!inside(entry.file)) throw field('metadata', entry.file, 'a file inside the project');
  }
}

/**
 * Put the chapters in the configured order (see `Config.order`): the named ones first, in
 * that order, then the others in path order. A summary file gives the order of its links to
 * `.md` files and is left out of the chapters.
 * @throws UsageError naming a chapter the order lists that the handbook does not have.
 */
function orderChapters(handbook: string, config: Config, relatives: readonly string[]): string[] {
  if (config.order === undefined) return [...relatives];
  let named: string[];
  let summary: string | undefined;
  if (Array.isArray(config.order)) named = config.order.map((path) => path.replace(/^\.\//, ''));
  else {
    summary = config.order.summary;
    const text = decodeUtf8(readSummary(join(handbook, summary), `${config.handbookDir}/${summary}`), `${config.handbookDir}/${summary}`).text;
    named = [];
    visit(parseMarkdown(text), 'link', (link) => {
      const target = decodeURI(link.url.split('#')[0] ?? '');
      if (/\.md$/i.test(target) && !/^[a-z][a-z0-9+.-]*:/i.test(target)) named.push(posix.normalize(posix.join(posix.dirname(summary ?? ''), target)));
    });
  }
  const present = new Set(relatives);
  for (const path of named) {
    if (!present.has(path)) {
      const where = summary === undefined ? '.handbook-l10n.json: config field `order`' : `${config.handbookDir}/${summary}`;
      throw new UsageError(`${where}: names the chapter ${path}, which is not in ${config.handbookDir}/ (or not matched by \`include\`)`);
    }
  }
  const first = [...new Set(named)];
  const listed = new Set(first);
  return [...first, ...relatives.filter((path) => !listed.has(path) && path !== summary)];
}

function readSummary(path: string, file: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new UsageError(`${file}: the summary file that config field \`order\` names cannot be read`, { file });
  }
}

function readMetadataText(root: string, file: string): { text: string; bom: boolean } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch {
    throw new UsageError(`metadata file ${file} (config field \`metadata\`) cannot be read`);
  }
  return decodeUtf8(bytes, file);
}

function readSourceText(path: string, file: string): { text: string; bom: boolean } {
  return decodeUtf8(readFileSync(path), file);
}


function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

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

/**
 * Turn the config's `protect` and `allowTargetChange` rules into guard options: the default
 * protected tokens plus the configured ones.
 * @param config The project configuration.
 * @returns Guard options.
 */
export function getGuardOptionsFromConfig(config: Config): GuardOptions {
  return {
    protect: [...protectedTokenDefaults.map((rule) => rule.pattern), ...config.protect.map((rule) => new RegExp(rule.pattern, 'u'))],
    allowTargetChange: config.allowTargetChange.map((rule) => new RegExp(rule.pattern, 'u')),
  };
}
