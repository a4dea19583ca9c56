/**
 * The merge stage for one file: translations in, translated file text out.
 */
import { createHash } from 'node:crypto';
import type { KeyedUnit } from '../keys/keyed-unit.js';
import type { Unit } from '../extract/unit.js';
import { checkTranslation } from './check-translation.js';
import { findBrokenReplacements } from './find-broken-replacements.js';
import { getFileSignature, type FileFormat } from './get-file-signature.js';
import { getGuardOptions } from './guard-options.js';
import { isPlainText } from './is-plain-text.js';
import type { MergeOptions, MergeResult, RejectedUnit } from './merge-options.js';
import { spliceUnits, type Replacement } from './splice-units.js';

/** What a lookup answers for a key: the translation (any value) and the language it came from. */
export interface LookupResult {
  /** The catalog value; untrusted, checked by the guard. */
  text: unknown;
  /** The language whose catalog held it. */
  lang: string;
}

/**
 * Merge the translations of one file's units into the file.
 *
 * Invariant: only unit ranges change; a unit keeps its source bytes when it has no
 * translation, when its translation comes from the source language, or when the guard
 * rejects it; and the output always has the source's structure (block signature, front
 * matter and JSON shape). A Markdown file whose spliced translations are all plain text (see
 * `isPlainText`: no character that can start any construct, no line break) in paragraphs,
 * headings, cells and alt texts is not parsed again: each such translation replaces one text
 * node's content, which cannot touch the structure around it (front-matter values and link
 * titles are escaped by their formatters and always re-checked). Should spliced translations that passed the guard still change
 * the structure, the ones responsible are found by bisection, left out, and reported as
 * `block-structure` rejections. With every translation equal to its source text, the
 * output is the source byte for byte.
 *
 * @param file The source text and its keyed units (Markdown units, or `metadata` units of a JSON file).
 * @param lookup Finds the translation of a key, or `undefined` when there is none.
 * @param options Guard options and the source language; `undefined` for the defaults.
 * @returns The merged text, the translated and fallback counts, and the rejected units.
 */
export function mergeFile(
  file: { source: string; units: readonly KeyedUnit[] },
  lookup: (key: string) => LookupResult | undefined,
  options?: MergeOptions | undefined,
): MergeResult {
  const guardOptions = getGuardOptions(options);
  const sourceLanguage = options?.sourceLanguage ?? 'en';
  const format: FileFormat = file.units.some((unit) => unit.kind === 'metadata') ? 'json' : 'markdown';
  const rejected: RejectedUnit[] = [];
  const accepted: Array<Replacement & { unit: KeyedUnit; lang: string }> = [];
  let fallback = 0;
  for (const unit of file.units) {
    const found = lookup(unit.key);
    if (found === undefined || found.lang === sourceLanguage) {
      fallback++;
      continue;
    }
    const memoKey = options?.verdicts ? getVerdictKey(unit, found.text) : '';
    const known = options?.verdicts?.get(memoKey);
    const verdict = known ?? checkTranslation(unit, found.text, guardOptions);
    if (!known) options?.verdicts?.set(memoKey, verdict);
    if (verdict.ok && typeof found.text === 'string') accepted.push({ unit, text: found.text, lang: found.lang });
    else if (!verdict.ok) rejected.push({ key: unit.key, line: unit.line, lang: found.lang, code: verdict.code, message: verdict.message });
  }
  let expected: string | undefined;
  const isIntact = (subset: readonly Replacement[]): boolean => {
    const output = spliceUnits(file.source, subset);
    const id = options?.verified ? createHash('sha256').update(file.source).update('\u0000').update(output).digest('hex') : '';
    if (options?.verified?.get(id)) return true;
    expected ??= getSourceSignature(file.source, format);
    const intact = getFileSignature(output, format).join('\n') === expected;
    if (intact) options?.verified?.set(id, true);
    return intact;
  };
  const allPlain = format === 'markdown' && accepted.every((item) => TEXT_NODE_KINDS.has(item.unit.kind) && isPlainText(item.text) && isPlainText(item.unit.text));
  const broken = new Set(allPlain ? [] : findBrokenReplacements(accepted, isIntact));
  for (const replacement of accepted.filter((item) => broken.has(item))) {
    rejected.push({
      key: replacement.unit.key,
      line: replacement.unit.line,
      lang: replacement.lang,
      code: 'block-structure',
      message: 'changes the block structure of the merged file',
    });
  }
  const merged = accepted.filter((item) => !broken.has(item));
  rejected.sort((a, b) => a.line - b.line);
  return {
    output: spliceUnits(file.source, merged),
    translated: merged.length,
    fallback,
    rejected,
  };
}

/** The last source's signature: every language of a file is merged against the same source. */
let lastSource: { text: string; format: FileFormat; signature: string } | undefined;

/**
 * The structure signature of a source file, computed once however many languages merge it.
 * @param text The source text.
 * @param format Its format.
 * @returns The signature entries, one per line.
 */
function getSourceSignature(text: string, format: FileFormat): string {
  if (lastSource?.text !== text || lastSource.format !== format) {
    lastSource = { text, format, signature: getFileSignature(text, format).join('\n') };
  }
  return lastSource.signature;
}

/** Unit kinds whose plain text is a text node's content and nothing else. */
const TEXT_NODE_KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'cell', 'alt']);

/** The memo key of a verdict: everything the guard reads of the unit, and the translation. */
function getVerdictKey(unit: Unit, translation: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([unit.kind, unit.containers, unit.prefix, unit.text, unit.raw, typeof translation === 'string' ? translation : JSON.stringify(translation) ?? 'undefined', typeof translation]))
    .digest('hex');
}
