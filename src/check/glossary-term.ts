/**
 * What a glossary holds: terms read from a Weblate TBX glossary (one file per target
 * language, English source terms).
 */

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
