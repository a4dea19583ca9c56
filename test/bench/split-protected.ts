/**
 * Split inline Markdown into runs a pseudo-translator may change and runs it must keep.
 */

/**
 * What must survive a translation byte for byte, one alternative per construct:
 * inline code, link and image targets, reference labels, footnote references, HTML tags
 * and autolinks, entities, bare URLs, activity ids, `(EN)` markers, i18next-looking
 * placeholders and backslash escapes.
 */
const PROTECTED = new RegExp(
  [
    '(`+)[^`]*?\\1(?!`)',
    '\\]\\([^)]*\\)',
    '\\]\\[[^\\]]*\\]',
    '\\[\\^[^\\]\\s]+\\]',
    '<[^>\\n]+>',
    '&#?[A-Za-z0-9]+;',
    'https?://[^\\s<>)\\]]+',
    'GGI-A-\\d+',
    '\\(EN\\)',
    '\\{\\{[^}]*\\}\\}',
    '\\\\.',
  ].join('|'),
  'g',
);

/** One run of text. */
export interface TextRun {
  /** The bytes of the run. */
  text: string;
  /** Whether the run must be kept as it is. */
  protected: boolean;
}

/**
 * Split text into free and protected runs.
 * Invariant: the runs joined give back the input exactly.
 * @param text Inline Markdown (a unit's text or a line's content).
 * @returns The runs in order.
 */
export function splitProtected(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), protected: false });
    runs.push({ text: match[0], protected: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), protected: false });
  return runs;
}
