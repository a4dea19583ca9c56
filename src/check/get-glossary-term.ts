/**
 * Read one `<termEntry>` of a TBX glossary, as parsed by fast-xml-parser, into a term.
 */

import type { GlossaryTerm } from './glossary-term.js';

/** An element as fast-xml-parser gives it (attributes prefixed `@_`, text in `#text`). */
export type XmlNode = Record<string, unknown>;

/** `administrativeStatus` values Weblate imports as forbidden, plus TBX-Basic's deprecated forms. */
const forbiddenStatuses = new Set(['forbidden', 'obsolete', 'deprecated', 'deprecatedterm-admn-sts', 'deprecatedtermadmnsts']);

const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (node: XmlNode): string => (typeof node['#text'] === 'string' ? node['#text'] : '').trim();
const attribute = (node: XmlNode, name: string): string | undefined => {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
};
const normalizeLang = (lang: string): string => lang.replace(/_/g, '-').toLowerCase();

/** Every descendant element called `name`, depth first. */
function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || key === '#text') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isNode(child)) continue;
      if (key === name) found.push(child);
      found.push(...descendants(child, name));
    }
  }
  return found;
}

/** Whether any descendant `name` element of `node` has `type` and (lower-cased) text in `values`. */
function hasMarker(node: XmlNode, name: string, type: string, values: ReadonlySet<string>): boolean {
  return descendants(node, name).some((child) => attribute(child, 'type') === type && values.has(textOf(child).toLowerCase()));
}

/** What reading an entry needs from its file. */
export interface TermEntryContext {
  /** The source language (`<martif xml:lang>`), e.g. `en`. */
  sourceLang: string;
  /** The target language (the file's base name), e.g. `zh-Hant`. */
  targetLang: string;
  /** The 1-based line where an element starts. */
  lineOf: (node: XmlNode) => number;
  /** Record a problem at a line. */
  report: (line: number, message: string) => void;
}

/**
 * Turn one parsed `<termEntry>` into a glossary term.
 *
 * Invariant: an entry with a `<langSet>` lacking `xml:lang`, or without a source term, is
 * reported (at the langSet's or the entry's line) and gives `undefined`. The target langSet
 * is the one in the target language, else the first one not in the source language. Flags
 * are read as Weblate writes them: `<termNote type="administrativeStatus">` `forbidden` or
 * `obsolete` in the target langSet; `<termNote type="translationNote">no</termNote>` or
 * `<descrip type="Translation needed">no</descrip>` anywhere in the entry for read-only.
 *
 * @param entry The parsed element.
 * @param context The file's languages, line lookup and problem sink.
 * @returns The term, or `undefined` when the entry is unusable.
 */
export function getGlossaryTerm(entry: XmlNode, context: TermEntryContext): GlossaryTerm | undefined {
  const { lineOf, report } = context;
  const sourceLang = normalizeLang(context.sourceLang);
  const targetLang = normalizeLang(context.targetLang);
  const line = lineOf(entry);
  const langSets = descendants(entry, 'langSet');
  const unnamed = langSets.find((langSet) => attribute(langSet, 'xml:lang') === undefined);
  if (unnamed !== undefined) {
    report(lineOf(unnamed), 'a <langSet> of this term entry has no xml:lang attribute');
    return undefined;
  }
  const langOf = (langSet: XmlNode): string => normalizeLang(attribute(langSet, 'xml:lang') ?? '');
  const sourceSet = langSets.find((langSet) => langOf(langSet) === sourceLang);
  const targetSet =
    langSets.find((langSet) => langOf(langSet) === targetLang) ?? langSets.find((langSet) => langOf(langSet) !== sourceLang);
  const firstTerm = (langSet: XmlNode | undefined): string =>
    langSet === undefined ? '' : (descendants(langSet, 'term').map(textOf).find((text) => text !== '') ?? '');
  const source = firstTerm(sourceSet);
  if (source === '') {
    report(line, `this term entry has no ${sourceLang} term`);
    return undefined;
  }
  const readOnly =
    hasMarker(entry, 'termNote', 'translationNote', new Set(['no'])) ||
    hasMarker(entry, 'descrip', 'Translation needed', new Set(['no']));
  const forbidden = targetSet !== undefined && hasMarker(targetSet, 'termNote', 'administrativeStatus', forbiddenStatuses);
  const target = firstTerm(targetSet);
  const notes = [...descendants(entry, 'descrip'), ...descendants(entry, 'note')]
    .filter((node) => {
      const type = attribute(node, 'type');
      return type === undefined || type === 'Usage note' || type === 'definition';
    })
    .map(textOf)
    .filter((text) => text !== '');
  const term: GlossaryTerm = { source, forbidden, readOnly, line };
  if (target !== '') term.target = target;
  else if (readOnly) term.target = source;
  if (notes[0] !== undefined) term.note = notes[0];
  return term;
}
