import type { Config } from '../config/config-schema.js';
import type { Unit } from '../extract/unit.js';
import { segmentMarkdown } from '../extract/segment-markdown.js';
import { segmentJson } from '../extract/segment-json.js';
import type { SourceFile } from './read-project.js';

/**
 * Segment one source file into units, Markdown or metadata JSON alike.
 * @param file The source file.
 * @param config The project configuration (front-matter fields).
 * @returns The units in document order.
 */
export function segmentSource(file: SourceFile, config: Config): Unit[] {
  return file.kind === 'markdown'
    ? segmentMarkdown(file.text, { frontMatterFields: config.frontMatterFields })
    : segmentJson(file.text, file.fields);
}
