/**
 * Read a Weblate TBX glossary (TBX 2, `<martif>`) into terms, with its problems as findings.
 */
import { join } from 'node:path';
import { PROJECT_PATHS, readTextIfExists } from '../store/index.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../base/index.js';

/** The result of reading a glossary: the terms that could be read, and what was wrong. */
export interface GlossaryReadResult {
  /** The glossary; its terms are empty when the file could not be parsed at all. */
  glossary: Glossary;
  /** `locale-file` findings naming the file and line; empty for a sound file. */
  findings: Finding[];
}

/** Elements that may repeat; always parsed as arrays. */
const repeated = new Set(['termEntry', 'langSet', 'tig', 'ntig', 'termGrp', 'termNote', 'descrip', 'note']);

const metaData = XMLParser.getMetaDataSymbol();

const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parse a TBX glossary with fast-xml-parser.
 *
 * never throws on bad input. XML that is not well-formed gives one `locale-file`
 * finding at the parser's line and no terms; a term entry whose `<langSet>` lacks
 * `xml:lang`, that has no English term, or whose term is empty, gives a finding at its own
 * line and is skipped. The target language is the file's base name (`glossary/zh-Hant.tbx`
 * → `zh-Hant`); the source language is `<martif xml:lang>`, default `en`. Weblate's flags
 * are read as Weblate writes them: `<termNote type="administrativeStatus">forbidden</termNote>`
 * (or `obsolete`) marks a forbidden translation; `<termNote type="translationNote">no</termNote>`
 * or `<descrip type="Translation needed">no</descrip>` marks a read-only term.
 *
 * @param xml The TBX file's text.
 * @param file Its project-relative path, used in findings and for the target language.
 * @returns The glossary and the problems found.
 */
export function readGlossary(xml: string, file: string): GlossaryReadResult {
  const lang = (file.split('/').pop() ?? file).replace(/\.tbx$/i, '');
  const glossary: Glossary = { lang, file, terms: [] };
  const findings: Finding[] = [];
  const report = (line: number, message: string): void => {
    findings.push({ rule: 'locale-file', severity: 'error', lang, file, line, message });
  };
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    report(valid.err.line, `${file} is not well-formed XML: ${valid.err.msg}`);
    return { glossary, findings };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    alwaysCreateTextNode: true,
    captureMetaData: true,
    processEntities: true,
    isArray: (name) => repeated.has(name),
  });
  const document: unknown = parser.parse(xml);
  const martif = isNode(document) ? document['martif'] : undefined;
  if (!isNode(martif)) {
    report(1, `${file} is not a TBX glossary: the root element must be <martif>`);
    return { glossary, findings };
  }
  const lineOf = (node: XmlNode): number => {
    const meta: unknown = (node as Record<symbol, unknown>)[metaData as symbol];
    return isNode(meta) && typeof meta['startIndex'] === 'number' ? getLineAt(xml, meta['startIndex']) : 1;
  };
  const context = { sourceLang: typeof martif['@_xml:lang'] === 'string' ? martif['@_xml:lang'] : 'en', targetLang: lang, lineOf, report };
  const body = isNode(martif['text']) && isNode(martif['text']['body']) ? martif['text']['body'] : {};
  const entries = Array.isArray(body['termEntry']) ? body['termEntry'].filter(isNode) : [];
  for (const entry of entries) {
    const term = getGlossaryTerm(entry, context);
    if (term !== undefined) glossary.terms.push(term);
  }
  return { glossary, findings };
}

/** One term of a glossary: an English source term and its rendering in the target language. */
export interface GlossaryTerm {
  /** The English term, e.g. `software`. */
  source: string;
  /**
   * The target-language term, e.g. `軟體`. Absent when the entry has no target. For a
   * read-only term without a target it is the source itself.
   */
  target?: string;
  /** Weblate's forbidden flag: `target` must not be used for `source`. */
  forbidden: boolean;
  /** Weblate's read-only (untranslatable) flag: `source` must stay unchanged. */
  readOnly: boolean;
  /** An explanation for translators, when the entry has one. */
  note?: string;
  /** 1-based line of the entry (`<termEntry>`) in the TBX file. */
  line: number;
}

/** A glossary for one target language. */
export interface Glossary {
  /** BCP 47 code of the target language, e.g. `zh-Hant`. */
  lang: string;
  /** Project-relative path of the TBX file, e.g. `glossary/zh-Hant.tbx`. */
  file: string;
  /** The terms in file order. */
  terms: GlossaryTerm[];
}

/** An element as fast-xml-parser gives it (attributes prefixed `@_`, text in `#text`). */
export type XmlNode = Record<string, unknown>;

/** `administrativeStatus` values Weblate imports as forbidden, plus TBX-Basic's deprecated forms. */
const forbiddenStatuses = new Set(['forbidden', 'obsolete', 'deprecated', 'deprecatedterm-admn-sts', 'deprecatedtermadmnsts']);

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
 * an entry with a `<langSet>` lacking `xml:lang`, or without a source term, is
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
function getGlossaryTerm(entry: XmlNode, context: TermEntryContext): GlossaryTerm | undefined {
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

/**
 * Read `glossary/<lang>.tbx` of a project, if it exists.
 * @param root Project root.
 * @param lang Folder code.
 * @returns The glossary and its problems, or `undefined` when the language has no glossary.
 */
export async function readLanguageGlossary(root: string, lang: string): Promise<GlossaryReadResult | undefined> {
  const file = `${PROJECT_PATHS.glossary}/${lang}.tbx`;
  const xml = await readTextIfExists(join(root, file), file);
  return xml === undefined ? undefined : readGlossary(xml, file);
}

/**
 * Count the line an offset falls on.
 *
 * offset 0 is line 1; each `\n` before the offset adds one; offsets past the
 * end count the whole text.
 *
 * @param text The text the offset points into.
 * @param offset A UTF-16 offset into `text`.
 * @returns The 1-based line of `offset`.
 */
function getLineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line += 1;
  }
  return line;
}
