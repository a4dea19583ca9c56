/**
 * The work every command does on one source file: segment and key it as `extract` did, read
 * its locale files, and merge it into a language in memory.
 */
import { UsageError, type Finding } from '../base/index.js';
import { getLanguage } from '../config/index.js';
import { parseMarkdown, segmentJson, segmentMarkdown, type Unit } from '../extract/index.js';
import { assignKeys, type KeyedUnit } from '../keys/index.js';
import { createLookup, getSourceStructure, mergeFile, type MergeResult, type SourceStructure } from '../merge/index.js';
import { getLocalePath, readLocaleFile, toProjectPath, type LocaleCatalog } from '../store/index.js';
import { getGuardOptionsFromConfig, type Project, type SourceFile } from './read-project.js';

/** A source file with its units keyed as in the English catalog. */
export interface KeyedFile {
  /** The source file. */
  file: SourceFile;
  /** Units with their keys, in document order. */
  units: KeyedUnit[];
  /** What the merge needs of the file's parse, computed with the units from the same parse. */
  structure: SourceStructure;
}

/** One source file's locale files in some languages. */
export interface FileCatalogs {
  /** Valid catalogs, by language. */
  catalogs: Map<string, LocaleCatalog>;
  /** Invalid locale files, by language, as `locale-file` findings (those files count as absent). */
  problems: Map<string, Finding>;
}

/**
 * Segment one source file into units, Markdown or metadata JSON alike, and compute its
 * structure for the merge from the same parse.
 * @param file The source file.
 * @param project The project (front-matter fields).
 * @returns The units in document order and the structure.
 */
export function segmentSource(file: SourceFile, project: Project): { units: Unit[]; structure: SourceStructure } {
  if (file.kind === 'json') {
    const units = segmentJson(file.text, file.fields);
    // Anything but an object would drop every metadata key (and archive its translations) without a word.
    if (!file.text.trimStart().startsWith('{')) throw new UsageError(`${file.path}:1: a metadata file holds one JSON object; this one does not`, { file: file.path, line: 1 });
    return { units, structure: getSourceStructure(file.text, 'json') };
  }
  refuseDeepNesting(file);
  const tree = parseMarkdown(file.text);
  const units = segmentMarkdown(file.text, { frontMatterFields: project.config.frontMatterFields }, tree);
  return { units, structure: getSourceStructure(file.text, 'markdown', tree) };
}

/** How deep block quotes may nest: far beyond any book, far below what the parser's recursion survives. */
const MAX_QUOTE_DEPTH = 100;

/** Refuse a file whose block quotes nest deeper than `MAX_QUOTE_DEPTH`, naming the first such line. */
function refuseDeepNesting(file: SourceFile): void {
  let line = 0;
  for (const text of file.text.split('\n')) {
    line += 1;
    const depth = (/^[ \t>]*/.exec(text)?.[0].match(/>/g) ?? []).length;
    if (depth > MAX_QUOTE_DEPTH) {
      throw new UsageError(`${file.path}:${line}: block quotes nested ${depth} deep; at most ${MAX_QUOTE_DEPTH} are read`, { file: file.path, line });
    }
  }
}

/**
 * Segment one source file and key its units against its English catalog, exactly as `extract` does.
 * @param project The project.
 * @param file The source file.
 * @param previous The English catalog's entries to align with; read from `locales/<source>/` when not given.
 * @returns The keyed file.
 * @throws UsageError naming the file when it cannot be segmented or its English catalog is invalid.
 */
export async function keySource(project: Project, file: SourceFile, previous?: ReadonlyMap<string, string>): Promise<KeyedFile> {
  let english = previous;
  if (english === undefined) {
    const enPath = getLocalePath(project.root, project.config.sourceLanguage, file.namespace);
    english = (await readLocaleFile(enPath, toProjectPath(project.root, enPath)))?.values ?? new Map<string, string>();
  }
  try {
    const { units, structure } = segmentSource(file, project);
    return { file, units: assignKeys(units, [...english]), structure };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file.path}: cannot segment: ${(error as Error).message}`, { file: file.path }, { cause: error });
  }
}

/**
 * Read one locale file of a language, turning an invalid file into a `locale-file` finding
 * that names its file, line and key.
 * @param project The project.
 * @param lang Folder code.
 * @param namespace The namespace.
 * @returns The catalog (absent when the file is missing or invalid) and the problem, if any.
 */
export async function readCatalog(project: Project, lang: string, namespace: string): Promise<{ catalog?: LocaleCatalog; problem?: Finding }> {
  const path = getLocalePath(project.root, lang, namespace);
  const file = toProjectPath(project.root, path);
  try {
    const catalog = await readLocaleFile(path, file);
    return catalog ? { catalog } : {};
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const where = error.key ? { key: error.key } : {};
    return { problem: { rule: 'locale-file', severity: 'error', lang, file, line: error.line ?? 1, ...where, message: error.message.replace(/^[^:]+:\d+: /, '') } };
  }
}

/**
 * Read one source file's locale files in the given languages.
 * @param project The project.
 * @param file The source file.
 * @param languages Folder codes (see `getChainLanguages`).
 * @returns The catalogs and problems.
 */
export async function readFileCatalogs(project: Project, file: SourceFile, languages: readonly string[]): Promise<FileCatalogs> {
  const catalogs = new Map<string, LocaleCatalog>();
  const problems = new Map<string, Finding>();
  for (const code of languages) {
    const { catalog, problem } = await readCatalog(project, code, file.namespace);
    if (catalog) catalogs.set(code, catalog);
    if (problem) problems.set(code, problem);
  }
  return { catalogs, problems };
}

/**
 * The languages whose catalogs a merge of the given languages reads: every language of
 * every fallback chain, except the source.
 * @param project The project.
 * @param languages Folder codes; the project's languages when not given.
 * @returns The folder codes.
 */
export function getChainLanguages(project: Project, languages: readonly string[] = project.languages): string[] {
  const source = project.config.sourceLanguage;
  return [...new Set(languages.flatMap((lang) => getLanguage(lang, source).fallback))].filter((code) => code !== source);
}

/**
 * Merge one keyed source file into one language in memory, resolving untranslated units
 * through the language's fallback chain; the result is taken from, or kept in, the project's
 * merge cache.
 * @param project The project.
 * @param keyed The keyed source file.
 * @param lang Folder code of the language.
 * @param catalogs The file's catalogs by language (those of the chain are used).
 * @returns The merge result.
 */
export function mergeSource(project: Project, keyed: KeyedFile, lang: string, catalogs: ReadonlyMap<string, LocaleCatalog>): MergeResult {
  const source = project.config.sourceLanguage;
  const chain = getLanguage(lang, source).fallback;
  const values: Record<string, Record<string, unknown>> = {};
  for (const code of chain) {
    const catalog = code === source ? undefined : catalogs.get(code);
    if (catalog) values[code] = Object.fromEntries(catalog.values);
  }
  const guard = getGuardOptionsFromConfig(project.config);
  const key = project.mergeCache.keyOf([lang, chain, source, guard.protect?.map(String), guard.allowTargetChange?.map(String), keyed.file.text, keyed.units, values]);
  const known = project.mergeCache.get(key);
  if (known) return known;
  const result = mergeFile({ source: keyed.file.text, units: keyed.units, structure: keyed.structure }, createLookup(values, chain), { ...guard, sourceLanguage: source });
  project.mergeCache.set(key, result);
  return result;
}
