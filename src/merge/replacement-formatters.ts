/**
 * How a translation is written into the source, per unit kind.
 */
import type { UnitKind } from '../extract/index.js';
import { formatJsonStringContent } from './format-json-string-content.js';
import { formatLinkTitle } from './format-link-title.js';
import { formatMarkdownLines } from './format-markdown-lines.js';
import { formatYamlScalar } from './format-yaml-scalar.js';
import type { Unit } from '../extract/index.js';

/** Writes `text` for `unit`, given the full `source` the unit comes from. */
export type ReplacementFormatter = (unit: Unit, text: string, source: string) => string;

/**
 * One formatter per unit kind.
 *
 * Invariant: every formatter returns text whose parse (Markdown, YAML or JSON) reads back as
 * `text` in the unit's place, as long as the guard accepted `text`.
 */
export const replacementFormatters: Readonly<Record<UnitKind, ReplacementFormatter>> = {
  // Inline Markdown: continuation lines (after a hard break) need the container prefix.
  heading: (unit, text) => formatMarkdownLines(text, unit.prefix),
  paragraph: (unit, text) => formatMarkdownLines(text, unit.prefix),
  // A cell holds one line; the guard rejects line breaks and unescaped pipes.
  cell: (_unit, text) => text,
  // Alt text sits between `![` and `]`; the guard rejects text that closes it early.
  alt: (unit, text) => formatMarkdownLines(text, unit.prefix),
  // A title sits between quotes or parentheses, which the translation must not close.
  title: (unit, text, source) => formatLinkTitle(text, source.charAt(unit.start - 1)),
  // Front-matter values are YAML scalars and must read back as the same string.
  'front-matter': (unit, text, source) => formatYamlScalar(text, getQuote(source, unit.start), unit.prefix),
  // Metadata values are the content of JSON string literals.
  metadata: (_unit, text) => formatJsonStringContent(text),
};

/**
 * Tell which quote, if any, opens the scalar that a front-matter unit's range lies in.
 *
 * @param source The full source text.
 * @param start The unit's start offset.
 * @returns The quote character before `start`, or `undefined` when the range holds the whole scalar.
 */
function getQuote(source: string, start: number): '"' | "'" | undefined {
  const before = source.charAt(start - 1);
  return before === '"' || before === "'" ? before : undefined;
}
