/** Progress of one locale file of one language. */
export interface StatusRow {
  /** Project-relative path of the locale file, e.g. `locales/zh-Hant/10_introduction.json`. */
  file: string;
  /** Units in the English file. */
  units: number;
  /** Units with a translation that is merged (current, or outdated but still used). */
  translated: number;
  /** Units with no translation. */
  missing: number;
  /** Translations whose English changed since they were made (design §3). */
  outdated: number;
  /** Translations the merge guard rejected (they fall back to English). */
  rejected: number;
}

/** Progress of one language: the totals of its files, and the files. */
export interface LanguageStatus {
  /** Folder code, e.g. `zh-Hant`. */
  lang: string;
  /** Sum of `units` over the files. */
  units: number;
  /** Sum of `translated`. */
  translated: number;
  /** Sum of `missing`. */
  missing: number;
  /** Sum of `outdated`. */
  outdated: number;
  /** Sum of `rejected`. */
  rejected: number;
  /** `translated / units * 100` with one decimal (see `getPercent`). */
  percent: number;
  /** One row per locale file, in book order. */
  files: StatusRow[];
}
