import { describe, expect, it } from 'vitest';
import * as check from '../../src/check/index.js';

describe('src/check/index.ts', () => {
  it('should export exactly the public names', () => {
    expect(Object.keys(check).sort()).toEqual([
      'applyGates',
      'defaultGate',
      'findGlossaryIssues',
      'findRegionalTerms',
      'findScriptMismatches',
      'findTermMatches',
      'formatCodeQuality',
      'formatGithub',
      'formatJson',
      'formatJunit',
      'formatLanguageSummary',
      'formatText',
      'gateSchema',
      'gateSeveritySchema',
      'gatesSchema',
      'getChineseScript',
      'getLanguageGate',
      'getTranslatedPercent',
      'getUnitFindings',
      'isGateFailed',
      'readGlossary',
      'regionalAllowedTerms',
      'regionalTermAdditions',
      'ruleIds',
    ]);
  });
});
