import type { Counts } from '../base/index.js';

/** Progress of one locale file of one language. */
export type StatusRow = Counts & {
  /** Project-relative path of the English source file. */
  file: string;
};

/** Progress of one language: the totals of its files, and the files. */
export type LanguageStatus = Counts & {
  /** Folder code, e.g. `zh-Hant`. */
  lang: string;
  /** `translated / units * 100` with one decimal (see `getPercent`). */
  percent: number;
  /** One row per locale file, in book order. */
  files: StatusRow[];
};
