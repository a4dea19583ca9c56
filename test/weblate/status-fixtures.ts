import type { LanguageStatus } from '../../src/weblate/status.js';

/** Two languages: one partly done with outdated and rejected units, one not started. */
export const statuses: LanguageStatus[] = [
  {
    lang: 'zh-Hant',
    units: 8,
    translated: 7,
    missing: 1,
    outdated: 2,
    rejected: 1,
    percent: 87.5,
    files: [
      { file: 'locales/zh-Hant/10_introduction.json', units: 5, translated: 5, missing: 0, outdated: 2, rejected: 0 },
      { file: 'locales/zh-Hant/20_methodology.json', units: 3, translated: 2, missing: 1, outdated: 0, rejected: 1 },
    ],
  },
  {
    lang: 'zh-Hans',
    units: 8,
    translated: 0,
    missing: 8,
    outdated: 0,
    rejected: 0,
    percent: 0,
    files: [
      { file: 'locales/zh-Hans/10_introduction.json', units: 5, translated: 0, missing: 5, outdated: 0, rejected: 0 },
      { file: 'locales/zh-Hans/20_methodology.json', units: 3, translated: 0, missing: 3, outdated: 0, rejected: 0 },
    ],
  },
];
