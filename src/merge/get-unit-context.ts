/**
 * Place a unit's text in a small Markdown document that has the unit's context.
 */
import type { Unit, UnitKind } from '../extract/index.js';
import { contextContainers } from './context-containers.js';
import { formatLinkTitle } from './format-link-title.js';

/** The URL placed in the context of alt texts and titles, so the parse can find the node. */
export const contextUrl = 'context:target';

/** How each unit kind's text is placed in a document of its own. */
const kindContexts: Readonly<Record<UnitKind, (text: string) => string>> = {
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
};

/**
 * Build the Markdown document that holds `text` the way `unit` sits in its file: inside the
 * unit's containers (list item, quote, footnote) and its kind's construct (heading, table).
 *
 * Invariant: parsing the result with `text = unit.text` gives the unit's construct inside
 * its containers; any block structure a translation adds shows in the parse of the result.
 *
 * @param unit The unit whose kind and containers give the context.
 * @param text The text to place (the source text or a translation).
 * @returns The Markdown document.
 * @throws When `unit.containers` names a container this module does not know.
 */
export function getUnitContext(unit: Unit, text: string): string {
  let lines = kindContexts[unit.kind](text).split('\n');
  for (const name of [...unit.containers].reverse()) {
    const container = contextContainers[name];
    if (container === undefined) {
      throw new Error(`Unexpected container \`${name}\` for the unit at line ${unit.line}, expected one of ${Object.keys(contextContainers).join(', ')}`);
    }
    lines = lines.map((line, index) => (index === 0 ? container.first : container.rest) + line);
  }
  return lines.join('\n');
}
