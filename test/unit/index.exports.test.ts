import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('should export exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'LANGUAGES', 'RULES', 'UsageError', 'addCounts', 'applyGates', 'assignKeys', 'configSchema', 'createLookup',
      'findMissingGlyphs', 'formatBadge', 'formatCodeQuality', 'formatGithub', 'formatJson', 'formatJunit',
      'formatLocaleJson', 'formatReport', 'formatStatusJson', 'formatStatusMarkdown', 'formatStatusText', 'formatText',
      'formatTmx', 'getFontStack', 'getLanguage', 'getStaleness', 'guardTranslation', 'isSafeKey', 'mergeFile',
      'parseLocaleJson', 'parseMarkdown', 'readGlossary', 'readProject', 'renderBooks', 'runAccept', 'runCheck',
      'runExtract', 'runMerge', 'runPdf', 'runStatus', 'segmentJson', 'segmentMarkdown', 'spliceUnits',
      'updateNamespaceState',
    ]);
  });
});
