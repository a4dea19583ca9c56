import type { Config } from '../config/config-schema.js';
import { parseMarkdown } from '../extract/parse-markdown.js';
import type { Unit } from '../extract/unit.js';
import { segmentMarkdown } from '../extract/segment-markdown.js';
import { segmentJson } from '../extract/segment-json.js';
import { getSourceStructure, getStructureKey, type SourceStructure } from '../merge/source-structure.js';
import type { SourceFile } from './read-project.js';
import type { RunCache } from '../store/run-cache.js';
import { hashText } from '../store/hash-text.js';

/**
 * Segment one source file into units, Markdown or metadata JSON alike.
 * Invariant: with caches, a file whose text and options are unchanged is not parsed again,
 * and a Markdown file's one parse also gives its structure for the merge (see
 * `getSourceStructure`), so later stages need not parse it either.
 * @param file The source file.
 * @param config The project configuration (front-matter fields).
 * @param caches Units by hash of the file's text and options, and structures by `getStructureKey`, if any.
 * @returns The units in document order.
 */
export function segmentSource(
  file: SourceFile,
  config: Config,
  caches?: { units?: RunCache<Unit[]> | undefined; structures?: RunCache<SourceStructure> | undefined },
): Unit[] {
  const key = hashText(JSON.stringify([file.kind, file.fields, config.frontMatterFields, file.text]));
  const structureKey = file.kind === 'markdown' && caches?.structures ? getStructureKey(file.text, 'markdown') : undefined;
  const cached = caches?.units?.get(key);
  const structure = structureKey === undefined ? undefined : caches?.structures?.get(structureKey);
  if (cached && (structureKey === undefined || structure)) return cached;
  if (file.kind !== 'markdown') {
    const units = segmentJson(file.text, file.fields);
    caches?.units?.set(key, units);
    return units;
  }
  const tree = parseMarkdown(file.text);
  const units = cached ?? segmentMarkdown(file.text, { frontMatterFields: config.frontMatterFields }, tree);
  caches?.units?.set(key, units);
  if (structureKey !== undefined) caches?.structures?.set(structureKey, getSourceStructure(file.text, 'markdown', tree));
  return units;
}
