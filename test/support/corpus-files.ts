import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const corpusDirectory = fileURLToPath(new URL('../fixtures/ggi-v1.3/content/', import.meta.url));
const sampleDirectory = fileURLToPath(new URL('../../handbook/', import.meta.url));

/** The real GGI files, then the sample handbook's chapters, named `corpus/<name>` and `sample/<name>`. */
export const MARKDOWN_FILES: string[] = [
  ...readdirSync(corpusDirectory).filter((name) => name.endsWith('.md')).sort().map((name) => `corpus/${name}`),
  ...readdirSync(sampleDirectory).filter((name) => name.endsWith('.md')).sort().map((name) => `sample/${name}`),
];

/**
 * Read one corpus or sample file by its name in `MARKDOWN_FILES`, or a corpus file by its bare name.
 * @param name `corpus/<name>`, `sample/<name>` or a corpus file name.
 * @returns Its text.
 */
export function readMarkdownFile(name: string): string {
  if (name.startsWith('sample/')) return readFileSync(sampleDirectory + name.slice(7), 'utf8');
  return readFileSync(corpusDirectory + name.replace(/^corpus\//, ''), 'utf8');
}
