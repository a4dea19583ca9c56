import type { Config } from '../config/config-schema.js';
import type { Unit } from '../extract/unit.js';
import { segmentMarkdown } from '../extract/segment-markdown.js';
import { segmentJson } from '../extract/segment-json.js';
import type { SourceFile } from './read-project.js';
import type { RunCache } from '../store/run-cache.js';
import { hashText } from '../store/hash-text.js';

/**
 * Segment one source file into units, Markdown or metadata JSON alike.
 * Invariant: with a cache, a file whose text and options are unchanged is not parsed again.
 * @param file The source file.
 * @param config The project configuration (front-matter fields).
 * @param cache Units by hash of the file's text and options (see `openUnitCache`), if any.
 * @returns The units in document order.
 */
export function segmentSource(file: SourceFile, config: Config, cache?: RunCache<Unit[]>): Unit[] {
  const key = hashText(JSON.stringify([file.kind, file.fields, config.frontMatterFields, file.text]));
  const cached = cache?.get(key);
  if (cached) return cached;
  const units =
    file.kind === 'markdown'
      ? segmentMarkdown(file.text, { frontMatterFields: config.frontMatterFields })
      : segmentJson(file.text, file.fields);
  cache?.set(key, units);
  return units;
}
