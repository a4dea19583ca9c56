/**
 * Options and results of merging one file.
 */
import type { GuardCode, GuardResult } from './guard-result.js';

/** A key–value memo (a `Map` will do). */
export interface Memo<T> {
  /** The value for a key, if any. */
  get(key: string): T | undefined;
  /** Store a value. */
  set(key: string, value: T): unknown;
}
import type { GuardOptions } from './guard-options.js';
import type { SourceStructure } from './source-structure.js';

/** Options for `mergeFile`. Accepted as `MergeOptions | undefined` and copied, never changed. */
export interface MergeOptions extends GuardOptions {
  /**
   * A memo of guard verdicts by hash of the unit's context and the translation, so a
   * translation that has not changed is not validated again. Default: none.
   */
  verdicts?: Memo<GuardResult> | undefined;
  /**
   * A memo of merged outputs (by hash) whose block structure was already verified. Default: none.
   */
  verified?: Memo<true> | undefined;
  /**
   * A memo of source file structures by `getStructureKey`, so a source parsed by an earlier
   * stage (extract) is not parsed again. Default: none.
   */
  structures?: Memo<SourceStructure> | undefined;
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
