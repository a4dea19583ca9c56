/**
 * Build the phrase table the `regional-term` rule matches: words of the other region
 * mapped to the region's own words, plus words that are correct in the region.
 */
import hkPhrases from 'opencc-js/dict/HKPhrases';
import twPhrases from 'opencc-js/dict/TWPhrases';
import twPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { getOpenccTable, type ChineseTables } from './opencc.js';
import type { Glossary, GlossaryTerm } from './glossary-read.js';

/** Phrase → the region's word, or `null` for a phrase that is correct as it is. */
export type RegionalPhrases = ReadonlyMap<string, string | null>;

/** A region whose usage is expected. */
type Region = 'tw' | 'hk' | 'cn';

/**
 * Compute the OpenCC part of a region's phrase table.
 *
 * depends on the installed opencc-js alone. For `tw` and `hk`, OpenCC's
 * mainland → region phrases; for `cn`, its Taiwan → mainland phrases converted to
 * Simplified (the first entry of a converted phrase wins). A phrase whose region word is
 * itself maps to `null`.
 *
 * @param region `tw`, `hk` or `cn`.
 * @returns The entries, in dictionary order.
 */
function computeOpenccRegionalPhrases(region: Region, tables: ChineseTables): Array<[string, string | null]> {
  const table = new Map<string, string | null>();
  if (region === 'cn') {
    const toSimplified = tables.convert('tw', 'cn');
    for (const [taiwan, [mainland]] of getOpenccTable(twPhrasesRev)) {
      const term = toSimplified(taiwan);
      const expected = toSimplified(mainland ?? taiwan);
      if (!table.has(term)) table.set(term, term === expected ? null : expected);
    }
  } else {
    for (const [mainland, [local]] of getOpenccTable(region === 'tw' ? twPhrases : hkPhrases)) {
      table.set(mainland, local === undefined || local === mainland ? null : local);
    }
  }
  return [...table];
}

/**
 * Build the phrase table for a region: OpenCC's regional phrases, this module's additions and
 * allowed words, and the glossary's terms folded in. A glossary target that is accepted (not
 * forbidden) is always `null`, so a term the glossary asks for is never reported; a forbidden
 * target that the glossary accepts nowhere becomes a regional term pointing at the accepted
 * targets of the same source (a forbidden target accepted for another source, like 资料 for
 * "materials", is left to the source-aware `glossary-forbidden` rule). Build it once per
 * language and run.
 * @param region Whose usage is expected: `tw`, `hk` or `cn`.
 * @param glossary The target language's glossary, or `undefined`.
 * @param tables OpenCC's tables of the run.
 * @returns The table.
 */
export function buildRegionalPhrases(region: Region, glossary: Glossary | undefined, tables: ChineseTables): RegionalPhrases {
  const table = new Map(computeOpenccRegionalPhrases(region, tables));
  if (region !== 'hk') {
    for (const addition of regionalTermAdditions[region]) table.set(addition.term, addition.expected);
    for (const allowed of regionalAllowedTerms[region]) table.set(allowed.term, null);
  }
  return glossary === undefined || glossary.terms.length === 0 ? table : foldGlossary(table, glossary.terms);
}

/** A copy of `base` with the glossary's accepted and forbidden targets. */
function foldGlossary(base: RegionalPhrases, terms: readonly GlossaryTerm[]): RegionalPhrases {
  const table = new Map(base);
  const accepted = new Set<string>();
  for (const term of terms) if (!term.forbidden && term.target !== undefined) accepted.add(term.target);
  for (const term of terms) {
    if (!term.forbidden || term.target === undefined || accepted.has(term.target)) continue;
    const source = term.source.toLowerCase();
    const expected = terms
      .filter((other) => !other.forbidden && other.target !== undefined && other.source.toLowerCase() === source)
      .map((other) => other.target)
      .join('／');
    table.set(term.target, expected === '' ? (base.get(term.target) ?? '') : expected);
  }
  for (const target of accepted) table.set(target, null);
  return table;
}

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
 * no entry repeats a phrase of OpenCC's own table.
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

/** A word or phrase that is correct in a region, and why. */
export interface AllowedTerm {
  /** The word, in the region's script. */
  term: string;
  /** Why it is correct there. */
  reason: string;
}

/**
 * Allowed words per region (`tw`: Taiwan text in Traditional characters; `cn`: mainland
 * text in Simplified characters).
 *
 * each entry is matched like a phrase, so the longest match wins: 審查程序 shields
 * its 程序 while a bare 程序 is still reported.
 */
export const regionalAllowedTerms: Readonly<Record<'tw' | 'cn', readonly AllowedTerm[]>> = {
  tw: [
    { term: '文件', reason: 'Taiwan word for a document (OpenCC maps it to 檔案, a computer file)' },
    { term: '支持', reason: 'Taiwan word for backing a person or cause (支援 is only for features)' },
    { term: '設備', reason: 'Taiwan word for equipment' },
    { term: '權限', reason: 'Taiwan word for a permission (OpenCC\'s 許可權 is a known bad mapping)' },
    { term: '導入', reason: 'Taiwan word for introducing or adopting a practice' },
    { term: '打開', reason: 'everyday Taiwan word for opening' },
    { term: '類型', reason: 'everyday Taiwan word for a kind or type' },
    { term: '局部', reason: 'everyday Taiwan word for partial' },
    { term: '聲明', reason: 'Taiwan word for a statement or declaration' },
    { term: '消息', reason: 'Taiwan word for news' },
    { term: '信號', reason: 'used in Taiwan beside 訊號' },
    { term: '保存', reason: 'Taiwan word for preserving or keeping' },
    { term: '對象', reason: 'Taiwan word for a target group or partner (服務對象)' },
    { term: '實例', reason: 'Taiwan word for an example or case' },
    { term: '循環', reason: 'Taiwan word for a cycle' },
    { term: '擴展', reason: 'Taiwan word for expanding' },
    { term: '發佈', reason: 'Taiwan word for publishing or announcing' },
    { term: '查看', reason: 'everyday Taiwan word for looking at' },
    { term: '高級', reason: 'Taiwan word for senior or high-level' },
    { term: '低級', reason: 'Taiwan word for low-level or crude' },
    { term: '連接', reason: 'Taiwan word for connecting things' },
    { term: '通信', reason: 'Taiwan word for corresponding by letter or signal' },
    { term: '運行', reason: 'Taiwan word for running or orbiting (運行機制)' },
    { term: '優化', reason: 'widely used in Taiwan for improving' },
    { term: '性能', reason: 'Taiwan word for the performance of a machine' },
    { term: '調度', reason: 'Taiwan word for dispatching' },
    { term: '屏蔽', reason: 'Taiwan word for shielding' },
    { term: '仿真', reason: 'Taiwan word for lifelike' },
    { term: '截取', reason: 'Taiwan word for cutting out a part' },
    { term: '映射', reason: 'Taiwan mathematical term for a mapping' },
    { term: '聯繫', reason: 'used in Taiwan beside 聯絡' },
    { term: '登錄', reason: 'Taiwan word for registering or recording (登錄有案)' },
    { term: '註銷', reason: 'Taiwan word for cancelling a registration' },
    { term: '刷新', reason: 'Taiwan word for breaking a record' },
    { term: '萬象', reason: 'everyday word (包羅萬象), not the city' },
    { term: '進程', reason: 'Taiwan word for progress (歷史進程)' },
    { term: '分區', reason: 'Taiwan word for a district or zone' },
    { term: '代碼', reason: 'Taiwan word for an identifying code (國家代碼)' },
    { term: '參數', reason: 'Taiwan word for a parameter' },
    { term: '函數', reason: 'Taiwan mathematical term for a function' },
    { term: '審查程序', reason: 'review procedure: 程序 is Taiwan\'s word for a procedure' },
    { term: '作業程序', reason: 'operating procedure' },
    { term: '申請程序', reason: 'application procedure' },
    { term: '行政程序', reason: 'administrative procedure' },
    { term: '法律程序', reason: 'legal procedure' },
    { term: '標準程序', reason: 'standard procedure' },
    { term: '檢查項目', reason: 'checklist items: 項目 is Taiwan\'s word for an item' },
    { term: '評估項目', reason: 'assessment items' },
    { term: '工作項目', reason: 'work items' },
    { term: '社區大學', reason: 'community college, a Taiwan institution' },
    { term: '社區營造', reason: 'Taiwan\'s community building movement' },
  ],
  cn: [
    { term: '指标', reason: 'the ordinary mainland word for a metric or indicator (OpenCC pairs it with 指针)' },
    { term: '通讯', reason: 'mainland word for communication, as in 通讯录 and newsletters' },
    { term: '简报', reason: 'mainland word for a bulletin or briefing' },
    { term: '资料', reason: 'mainland word for materials or documents (only "data" is 数据)' },
    { term: '程序', reason: 'mainland word for a program' },
    { term: '文件', reason: 'mainland word for a file or document' },
    { term: '执行', reason: 'mainland word for carrying out' },
    { term: '设定', reason: 'mainland word for setting' },
    { term: '复制', reason: 'mainland word for copying' },
    { term: '联络', reason: 'mainland word for contacting' },
    { term: '支援', reason: 'mainland word for aid' },
    { term: '建立', reason: 'mainland word for establishing' },
    { term: '影像', reason: 'mainland word for an image' },
    { term: '储存', reason: 'mainland word for storing' },
    { term: '核心', reason: 'mainland word for a core' },
    { term: '装置', reason: 'mainland word for an installation' },
    { term: '传送', reason: 'mainland word for conveying' },
    { term: '新增', reason: 'mainland word for newly added' },
    { term: '整合', reason: 'mainland word for integrating' },
    { term: '元件', reason: 'mainland word for an electronic component' },
    { term: '序列', reason: 'mainland word for a sequence' },
    { term: '即时', reason: 'mainland word for immediate' },
    { term: '批次', reason: 'mainland word for a batch' },
    { term: '影片', reason: 'mainland word for a film' },
    { term: '行程', reason: 'mainland word for an itinerary' },
    { term: '宣告', reason: 'mainland word for declaring' },
    { term: '启用', reason: 'mainland word for putting into use' },
    { term: '停用', reason: 'mainland word for stopping use' },
    { term: '呼叫', reason: 'mainland word for calling' },
    { term: '向量', reason: 'mainland mathematical term for a vector' },
    { term: '查询', reason: 'mainland word for an enquiry' },
    { term: '开启', reason: 'mainland word for opening' },
    { term: '连线', reason: 'mainland word for a live link-up' },
    { term: '连结', reason: 'mainland word for linking' },
    { term: '类比', reason: 'mainland word for an analogy' },
    { term: '录影', reason: 'used on the mainland beside 录像' },
    { term: '遮蔽', reason: 'mainland word for covering' },
    { term: '过载', reason: 'mainland word for an overload' },
    { term: '释出', reason: 'mainland word for releasing' },
    { term: '物件', reason: 'mainland word for an object or article' },
    { term: '片语', reason: 'mainland word for a few words' },
    { term: '智慧', reason: 'mainland word for wisdom' },
    { term: '社群', reason: 'mainland word for a social group' },
    { term: '专案', reason: 'mainland word for a special case (专案组)' },
    { term: '使用者', reason: 'used in formal mainland writing' },
    { term: '资讯', reason: 'mainland word for news and information' },
    { term: '预设', reason: 'mainland word for a preset or presupposition' },
    { term: '档案', reason: 'mainland word for archives' },
    { term: '线上', reason: 'mainland word for online' },
    { term: '载入', reason: 'mainland word for recording into history' },
    { term: '数位', reason: 'a number of digits (三数位)' },
  ],
};
