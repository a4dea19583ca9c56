/**
 * Find words of the other Chinese region in a translation (mainland vocabulary in Taiwan
 * text, and the reverse).
 */
import { getChineseScript } from './script-mismatches.js';
import { getPhraseLengths } from './glossary-rules.js';
import { getRegionalPhrases } from './regional-phrases.js';
import type { Glossary } from './glossary-read.js';

/** One word of the other region. */
export interface RegionalTerm {
  /** UTF-16 offset of the word in the text. */
  index: number;
  /** The word as written. */
  term: string;
  /** The region's own word ('' when only the glossary forbids the word and gives none). */
  expected: string;
}

const noLengths: readonly number[] = [];

/**
 * Find regional vocabulary by leftmost-longest matching against OpenCC's regional phrase
 * table, this module's additions and allowed words, and the language's glossary.
 *
 * Invariant: matching is greedy from left to right, so 數據庫 is reported once (as 數據庫,
 * not 數據) and a longer correct phrase (審查程序, a glossary target) shields the words
 * inside it; non-Chinese languages yield nothing.
 *
 * @param text The translated text.
 * @param lang Its BCP 47 code (`zh-Hant`, `zh-Hant-HK`, `zh-Hans`…).
 * @param glossary The language's glossary, or `undefined`.
 * @returns Every regional word, in text order.
 */
export function findRegionalTerms(text: string, lang: string, glossary: Glossary | undefined): RegionalTerm[] {
  const chinese = getChineseScript(lang);
  if (chinese === undefined) return [];
  const phrases = getRegionalPhrases(chinese.region, glossary);
  const lengthsByFirst = getPhraseLengths(phrases);
  const found: RegionalTerm[] = [];
  let index = 0;
  while (index < text.length) {
    let matched = 0;
    for (const length of lengthsByFirst.get(text.charCodeAt(index)) ?? noLengths) {
      if (length > text.length - index) continue;
      const candidate = text.slice(index, index + length);
      const expected = phrases.get(candidate);
      if (expected === undefined) continue;
      if (expected !== null) found.push({ index, term: candidate, expected });
      matched = length;
      break;
    }
    index += matched > 0 ? matched : 1;
  }
  return found;
}

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
 * Invariant: each entry is matched like a phrase, so the longest match wins: 審查程序 shields
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
