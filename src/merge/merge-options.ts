/**
 * Options and results of merging one file.
 */
import type { GuardCode } from './guard-result.js';

import type { GuardOptions } from './guard-options.js';

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
