/**
 * Regional vocabulary that OpenCC's Taiwan phrase table lacks, for the `regional-term`
 * rule. OpenCC's table stays the main source; these are only the gaps a handbook on open
 * source governance hits.
 */

/** A word of the wrong region, its replacement, and why. */
export interface RegionalTermAddition {
  /** The word of the other region, in the checked text's script. */
  term: string;
  /** The region's own word. */
  expected: string;
  /** Why it is regional. */
  reason: string;
}

/**
 * Additions per region (`tw`: mainland words in Taiwan text; `cn`: Taiwan words in
 * mainland text).
 *
 * Invariant: no entry repeats a phrase of OpenCC's own table.
 */
export const regionalTermAdditions: Readonly<Record<'tw' | 'cn', readonly RegionalTermAddition[]>> = {
  tw: [
    { term: '質量', expected: '品質', reason: 'mainland word for quality (質量 is mass in Taiwan)' },
    { term: '渠道', expected: '管道', reason: 'mainland word for a channel' },
    { term: '反饋', expected: '回饋', reason: 'mainland word for feedback' },
    { term: '許可證', expected: '授權條款', reason: 'a software licence is 授權條款 in Taiwan (許可證 is a permit)' },
    { term: '營銷', expected: '行銷', reason: 'mainland word for marketing' },
    { term: '運營', expected: '營運', reason: 'mainland word for operations' },
  ],
  cn: [
    { term: '开放原始码', expected: '开源', reason: 'Taiwan phrase for open source' },
    { term: '授权条款', expected: '许可证', reason: 'Taiwan phrase for a software licence' },
    { term: '品质', expected: '质量', reason: 'Taiwan word for quality' },
  ],
};
