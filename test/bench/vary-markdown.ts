/**
 * Make a varied copy of a Markdown file for the synthetic books: same structure, different text.
 */
import { createRandom, type Random } from './create-random.js';
import { splitProtected } from './split-protected.js';

/** Container and block prefixes kept as they are: quotes, list markers, task boxes, headings, footnote labels. */
const PREFIX = /^(\s*(?:>\s?)*\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|#{1,6}\s+|\[\^[^\]]+\]:\s*)?)(.*?)(\s*)$/;

/** Lines whose text is not prose: table rows, link reference definitions, HTML, thematic breaks, setext underlines. */
const NOT_PROSE = /^\s*(?:\||\[[^\]]+\]:|<|[-=*_]{3,}\s*$)/;

/**
 * Collect the lowercase words of at least four letters from a corpus, to vary copies with.
 * @param texts Markdown files.
 * @returns Distinct words, in first-seen order.
 */
export function getVocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.match(/\b[a-z]{4,}\b/g) ?? []) words.add(word);
  return [...words];
}

/**
 * Vary a Markdown file: shuffle the sentences of plain one-line paragraphs, replace some
 * words by others from the vocabulary, and renumber activity ids.
 * Invariant: line count, line prefixes (quotes, list markers, headings), code blocks,
 * tables, front matter and protected runs (code, links, HTML, URLs) are unchanged, so the
 * copy has the same block structure as the original; the same (text, copy) gives the same output.
 * @param text The original file.
 * @param copy The copy number (seed; activity ids get `copy * 100` added).
 * @param vocabulary Words to substitute (from `getVocabulary`).
 * @returns The varied file.
 */
export function varyMarkdown(text: string, copy: number, vocabulary: readonly string[]): string {
  const random = createRandom(copy * 7919 + text.length);
  const lines = text.split('\n');
  let fence: string | undefined;
  let frontMatter = lines[0] === '---';
  return lines
    .map((line, index) => {
      const renumbered = line.replace(/GGI-A-(\d+)/g, (_, id: string) => `GGI-A-${Number(id) + copy * 100}`);
      if (frontMatter) {
        if (index > 0 && line === '---') frontMatter = false;
        return renumbered;
      }
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence !== undefined) {
        if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return renumbered;
      }
      if (marker !== undefined) {
        fence = marker;
        return renumbered;
      }
      if (NOT_PROSE.test(renumbered) || /^ {4,}\S/.test(renumbered)) return renumbered;
      const [, prefix = '', content = '', suffix = ''] = PREFIX.exec(renumbered) ?? [];
      return `${prefix}${varyContent(content, random, vocabulary)}${suffix}`;
    })
    .join('\n');
}

/** Shuffle sentences of plain text, then swap about one word in six outside protected runs. */
function varyContent(content: string, random: Random, vocabulary: readonly string[]): string {
  let text = content;
  if (!/[`[\]<*_\\]/.test(text)) {
    const sentences = text.split(/(?<=[.!?]) +(?=[A-Z])/);
    if (sentences.length > 1) {
      for (let index = sentences.length - 1; index > 0; index--) {
        const other = random.int(index + 1);
        [sentences[index], sentences[other]] = [sentences[other] ?? '', sentences[index] ?? ''];
      }
      text = sentences.join(' ');
    }
  }
  if (vocabulary.length === 0) return text;
  return splitProtected(text)
    .map((run) => (run.protected ? run.text : run.text.replace(/\b[a-z]{4,}\b/g, (word) => (random.next() < 1 / 6 ? random.pick(vocabulary) : word))))
    .join('');
}
