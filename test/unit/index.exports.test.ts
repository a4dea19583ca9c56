import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API', () => {
  it('should export exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'LANGUAGES', 'applyGates', 'assignKeys', 'checkTranslation', 'configSchema', 'createLookup', 'createLookupPool', 'findMissingGlyphs',
      'formatBadge', 'formatCodeQuality', 'formatGithub', 'formatJson', 'formatJunit', 'formatLocaleJson', 'formatStatusJson',
      'formatStatusMarkdown', 'formatStatusText', 'formatText', 'formatTmx', 'getFontStack', 'getLanguage', 'getStaleness',
      'isSafeKey', 'mergeFile', 'parseLocaleJson', 'parseMarkdown', 'readGlossary', 'readProject', 'renderBooks', 'runCheck',
      'runExtract', 'runMerge', 'runPdf', 'runStatus', 'segmentJson', 'segmentMarkdown', 'spliceUnits', 'updateNamespaceState',
    ]);
  });
});
