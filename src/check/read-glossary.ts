/**
 * Read a Weblate TBX glossary (TBX 2, `<martif>`) into terms, with its problems as findings.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from './finding.js';
import { getLineAt } from './get-line-at.js';
import { getGlossaryTerm, type XmlNode } from './get-glossary-term.js';
import type { Glossary } from './glossary-term.js';

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
 * Invariant: never throws on bad input. XML that is not well-formed gives one `locale-file`
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

