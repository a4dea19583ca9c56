/**
 * The container markup the guard wraps around a unit's text to parse it in context.
 */

/** Markup one container puts before its first line and before every other line. */
export interface ContextContainer {
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
