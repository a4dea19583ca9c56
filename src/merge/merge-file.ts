/**
 * The merge of one file: look each unit's translation up, guard it, splice the accepted ones
 * into the source, and keep the file's structure (leaving out, by bisection, whatever breaks it).
 */
import { parseMarkdown } from '../extract/index.js';
import type { KeyedUnit } from '../keys/index.js';
import { guardInContext } from './guard-context.js';
import { guardInlineRules } from './guard-inline.js';
import { getGuardOptions, type GuardCode, type GuardOptions, type GuardResult, type ResolvedGuardOptions } from './guard-options.js';
import { guardWithoutParser, isPlainText } from './guard.js';
import type { LookupResult } from './lookup.js';
import { getFileSignature, getSourceStructure, getTreeSignature, indexBlockContent, type FileFormat, type SourceStructure } from './signature.js';
import { findBrokenReplacements, spliceUnits, spliceUnitsWithRanges, type Replacement } from './splice.js';

/** Options for `mergeFile`. Accepted as `MergeOptions | undefined` and copied, never changed. */
export interface MergeOptions extends GuardOptions {
  /**
   * The source language: a translation the lookup found in this language is a fallback,
   * and the unit keeps its source text.
   *
   * @default 'en'
   */
  sourceLanguage?: string;
}

/** A unit whose translation was not merged. */
export interface RejectedUnit {
  /** The unit's key. */
  key: string;
  /** 1-based line of the unit in the source file. */
  line: number;
  /** The language the rejected translation came from. */
  lang: string;
  /** Why it was rejected. */
  code: GuardCode;
  /** A sentence for people, e.g. `drops protected token "GGI-A-18"`. */
  message: string;
}

/** The result of merging one file. */
export interface MergeResult {
  /** The merged file text. */
  output: string;
  /** How many units were written with a translation. */
  translated: number;
  /** How many units had no translation (or only a source-language one) and keep the source text; rejected units are not counted here. */
  fallback: number;
  /** The units whose translation was rejected; they keep the source text. */
  rejected: RejectedUnit[];
}

/** A translation on its way into the file. */
type Candidate = Replacement & { unit: KeyedUnit; lang: string };

/** Unit kinds judged in the merged file: their text is a leaf block's whole inline content. */
const IN_FILE_KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'cell']);

/** Unit kinds whose plain text is a text node's content and nothing else. */
const TEXT_NODE_KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'cell', 'alt']);

/**
 * Merge the translations of one file's units into the file.
 *
 * Only unit ranges change; a unit keeps its source bytes when it has no
 * translation, when its translation comes from the source language, or when the guard
 * rejects it; and the output always has the source's structure (block signature, front
 * matter and JSON shape). Should spliced translations that passed the guard still change
 * the structure, the ones responsible are found by bisection, left out, and reported as
 * `block-structure` rejections. With every translation equal to its source text, the
 * output is the source byte for byte.
 *
 * Parsing is the cost, so the file is parsed, not each translation: translations that need
 * a parse (paragraphs, headings and cells holding Markdown) are spliced in together and the
 * merged file is parsed once; when its structure is the source's, each one's inline rules are
 * judged on the content the file actually renders for it. Only when the structure differs
 * is each of them parsed alone in its context, to find and name the culprits. A Markdown file
 * whose spliced translations are all plain text (see `isPlainText`) in paragraphs, headings,
 * cells and alt texts is not parsed at all: such a translation replaces one text node's
 * content and cannot touch the structure around it (front-matter values and link titles are
 * escaped by their formatters and always re-checked).
 *
 * @param file The source text, its keyed units (Markdown units, or `metadata` units of a JSON file)
 *   and, when the caller merges the file into several languages, its structure from
 *   `getSourceStructure` (computed here when not given).
 * @param lookup Finds the translation of a key, or `undefined` when there is none.
 * @param options Guard options and the source language; `undefined` for the defaults.
 * @returns The merged text, the translated and fallback counts, and the rejected units.
 */
export function mergeFile(
  file: { source: string; units: readonly KeyedUnit[]; structure?: SourceStructure | undefined },
  lookup: (key: string) => LookupResult | undefined,
  options?: MergeOptions | undefined,
): MergeResult {
  const guardOptions = getGuardOptions(options);
  const sourceLanguage = options?.sourceLanguage ?? 'en';
  const format: FileFormat = file.units.some((unit) => unit.kind === 'metadata') ? 'json' : 'markdown';
  const rejected: RejectedUnit[] = [];
  const accepted: Candidate[] = [];
  const deferred: Candidate[] = [];
  let structure = file.structure;
  const getStructure = (): SourceStructure => (structure ??= getSourceStructure(file.source, format));
  const apply = (candidate: Candidate, verdict: GuardResult): void => {
    if (verdict.ok) accepted.push(candidate);
    else rejected.push({ key: candidate.unit.key, line: candidate.unit.line, lang: candidate.lang, code: verdict.code, message: verdict.message });
  };
  let fallback = 0;
  for (const unit of file.units) {
    const found = lookup(unit.key);
    if (found === undefined || found.lang === sourceLanguage) {
      fallback++;
      continue;
    }
    const candidate: Candidate = { unit, text: typeof found.text === 'string' ? found.text : '', lang: found.lang };
    const quick = guardWithoutParser(unit, found.text, guardOptions);
    if (quick) apply(candidate, quick);
    else if (IN_FILE_KINDS.has(unit.kind)) deferred.push(candidate);
    else apply(candidate, guardInContext(unit, candidate.text, guardOptions));
  }
  let intactOutput: string | undefined;
  if (deferred.length > 0) {
    const judged = judgeInFile(getStructure(), file.source, accepted, deferred, guardOptions);
    for (const item of deferred) apply(item, judged.verdicts.get(item) ?? guardInContext(item.unit, item.text, guardOptions));
    if (deferred.every((item) => judged.verdicts.get(item)?.ok)) intactOutput = judged.intactOutput;
  }
  const isIntact = (subset: readonly Replacement[]): boolean => {
    const output = spliceUnits(file.source, subset);
    return output === intactOutput || getFileSignature(output, format).join('\n') === getStructure().signature;
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

/**
 * Judge the translations that need a parse by parsing the file once with all of them in.
 *
 * When the merged file keeps the source's structure, a translation's verdict is
 * the inline rules on the block content the merged file gives it (compared with the source
 * file's content for the unit); when the structure changed, or its content cannot be found by
 * range, it is judged alone in its context. `intactOutput` is the merged text when its
 * structure is the source's.
 */
function judgeInFile(
  sourceParse: SourceStructure,
  source: string,
  accepted: readonly Candidate[],
  deferred: readonly Candidate[],
  options: ResolvedGuardOptions,
): { verdicts: Map<Candidate, GuardResult>; intactOutput: string | undefined } {
  const verdicts = new Map<Candidate, GuardResult>();
  const { output, ranges } = spliceUnitsWithRanges(source, [...accepted, ...deferred]);
  const tree = parseMarkdown(output);
  const intact = getTreeSignature(tree).join('\n') === sourceParse.signature;
  const targets = intact ? indexBlockContent(tree, output) : undefined;
  for (const item of deferred) {
    const range = ranges.get(item);
    const target = range && targets?.get(`${range[0]}:${range[1]}`);
    const own = sourceParse.blocks?.[`${item.unit.start}:${item.unit.end}`];
    verdicts.set(item, target && own ? guardInlineRules(own, target, options) : guardInContext(item.unit, item.text, options));
  }
  return { verdicts, intactOutput: intact ? output : undefined };
}
