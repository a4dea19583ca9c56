/**
 * The guard's rules as data: the default protected tokens, the line starts that open a block,
 * the markup that makes a text more than plain text, and the Markdown that places a unit's
 * text in its context. `guard.ts`, `guard-context.ts` and `guard-options.ts` read them.
 */
import type { UnitKind } from '../extract/index.js';
import { formatLinkTitle } from './formatters.js';

/** One protected-token rule: a pattern and why text matching it must survive translation. */
export interface ProtectedTokenRule {
  /** What a protected token looks like; matched within each run of text. */
  pattern: RegExp;
  /** Why the token must survive. */
  reason: string;
}

/**
 * The default protected tokens. Inline code is protected separately (`protectInlineCode`)
 * and link targets by the link-target rule, because both are read from the parsed tree.
 */
export const protectedTokenDefaults: readonly ProtectedTokenRule[] = [
  {
    pattern: /GGI-A-\d+/,
    reason: 'an activity id names another activity; a changed id sends readers to the wrong one',
  },
  {
    pattern: /https?:\/\/[^\s<>]*[^\s<>.,;:!?'")\]}*_~。，、；：！？）」』】]/,
    reason: 'a bare URL or autolink is an address readers follow (trailing punctuation is not part of it)',
  },
  {
    pattern: /\[\^[^\]\s]+\]/,
    reason: 'a footnote reference must match its definition, which is not translated',
  },
  {
    pattern: /\{#[A-Za-z][\w.:-]*\}/,
    reason: 'a heading id ({#start}) is the anchor that links to the heading point at',
  },
  {
    pattern: /\{\{[<%][^]*?[>%]\}\}/,
    reason: 'a shortcode ({{< figure src="a.png" >}}) is template code, not words',
  },
];

/** One line-start rule: what a line must not start with, and what it would become. */
export interface BlockStartRule {
  /** Matches the start of a line (after up to three spaces of indentation). */
  pattern: RegExp;
  /** What the line would become, for the message. */
  becomes: string;
  /** Whether the pattern is tested on the line as is, rather than after up to three spaces. */
  raw?: true;
}

/**
 * The block starts of CommonMark and GFM, tested on every line of a paragraph translation and
 * on every continuation line of other units, after up to three spaces of indentation
 * (except indented code, which is the indentation). Definitions and tables need more than
 * one line start to form; the parse in context catches them.
 */
export const blockStartRules: readonly BlockStartRule[] = [
  // `#` to `######` then a space or the end: an ATX heading.
  { pattern: /^#{1,6}(?:[ \t]|$)/, becomes: 'a heading' },
  // `>` opens a block quote, with or without a space after it.
  { pattern: /^>/, becomes: 'a block quote' },
  // Three or more `-`, `*` or `_` alone: a thematic break (tested before bullets).
  { pattern: /^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/, becomes: 'a thematic break' },
  // `-`, `+` or `*` then a space or the end: a bullet list item.
  { pattern: /^[-+*](?:[ \t]|$)/, becomes: 'a list item' },
  // Up to nine digits, `.` or `)`, then a space or the end: an ordered list item.
  { pattern: /^\d{1,9}[.)](?:[ \t]|$)/, becomes: 'an ordered list item' },
  // Three backticks or tildes: a fenced code block.
  { pattern: /^(?:`{3,}|~{3,})/, becomes: 'a code fence' },
  // A line of `=` (or `-`, caught above) under text: a setext heading underline.
  { pattern: /^=+[ \t]*$/, becomes: 'a setext heading underline' },
  // Four spaces or a tab of indentation (tested on the raw line): indented code.
  { pattern: /^(?: {4}|\t)/, becomes: 'an indented code block', raw: true },
];

/**
 * Characters and openings that can make inline Markdown anything but plain text, each with
 * the construct it could start. A text free of all of them parses to one text node.
 */
export const plainTextMarkup: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /[`*_[\]()<>!#|\\&~=@\n\r]/u, reason: 'code, emphasis, links, images, HTML, headings, table pipes, escapes, entities, strikethrough, setext lines, email autolinks, line breaks' },
  { pattern: /https?:|ftp:|mailto:|www\./iu, reason: 'GFM autolink literals' },
  { pattern: /^[ \t]*(?:\d{1,9}[.)]|[-+>])/u, reason: 'ordered and bullet list items, block quotes' },
  { pattern: /^(?: {0,3}\t| {4})/u, reason: 'indented code (a tab after up to three spaces counts as four columns)' },
];

/** The URL placed in the context of alt texts and titles, so the parse can find the node. */
export const contextUrl = 'context:target';

/** How each unit kind's text is placed in a document of its own. */
export const kindContexts: Readonly<Record<UnitKind, (text: string) => string>> = {
  // An ATX heading; a heading with a kept line break can only be a setext heading.
  heading: (text) => (text.includes('\n') ? `${text}\n===` : `# ${text}`),
  // A paragraph stands alone.
  paragraph: (text) => text,
  // A cell is the only cell of a one-column table's header row.
  cell: (text) => `|${text}|\n|-|`,
  // Alt text between `![` and `](…)`.
  alt: (text) => `![${text}](${contextUrl})`,
  // A double-quoted title (the splice escapes the quotes a translation holds).
  title: (text) => `[x](${contextUrl} "${formatLinkTitle(text, '"')}")`,
  // Front-matter and metadata values are read as inline Markdown for the HTML, token and link rules.
  'front-matter': (text) => text,
  metadata: (text) => text,
  // Words inside raw HTML are judged as plain text (they are written escaped), never parsed.
  html: (text) => text,
};

/** Markup one container puts before its first line and before every other line. */
interface ContextContainer {
  /** Before the first line. */
  first: string;
  /** Before every continuation line. */
  rest: string;
}

/**
 * Markup per container name (`Unit.containers`). `list` and `table` add nothing: the list
 * item and the kind's own context (a table for a cell) carry the markup.
 */
export const contextContainers: Readonly<Record<string, ContextContainer>> = {
  // The list item's marker carries the list; `list` itself adds no markup.
  list: { first: '', rest: '' },
  // A bullet item: text after `- `, continuation lines indented to the content.
  listItem: { first: '- ', rest: '  ' },
  // A quote: every line starts with `> `.
  blockquote: { first: '> ', rest: '> ' },
  // A footnote definition: continuation lines indented by four spaces.
  footnoteDefinition: { first: '[^context]: ', rest: '    ' },
  // The cell kind builds its own one-row table.
  table: { first: '', rest: '' },
};
