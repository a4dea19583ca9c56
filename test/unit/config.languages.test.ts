import { describe, expect, it } from 'vitest';
import { getLanguage, isLanguageCode } from '../../src/config/languages.js';

describe('getLanguage', () => {
  it('should map zh-Hant to Weblate, HTML, PDF codes and its chain', () => {
    expect(getLanguage('zh-Hant')).toEqual({ code: 'zh-Hant', weblate: 'zh_Hant', html: 'zh-Hant', pdf: 'zh-Hant', fallback: ['zh-Hant', 'en'], script: 'Hant' });
  });
  it('should fall back from Hong Kong through Taiwan Traditional to English', () => {
    expect(getLanguage('zh-Hant-HK').fallback).toEqual(['zh-Hant-HK', 'zh-Hant', 'en']);
  });
  it('should derive an entry for a language not in the table', () => {
    expect(getLanguage('pt-BR')).toEqual({ code: 'pt-BR', weblate: 'pt_BR', html: 'pt-BR', pdf: 'pt-BR', fallback: ['pt-BR', 'pt', 'en'] });
  });
});

describe('isLanguageCode', () => {
  it('should accept BCP 47 folder codes and refuse paths', () => {
    expect(['de', 'pt-BR', 'zh-Hant', 'zh-Hant-HK', 'es-419'].every(isLanguageCode)).toBe(true);
    expect(['../x', 'zh_Hant', 'EN', 'de/x', ''].some(isLanguageCode)).toBe(false);
  });
});
