import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, type Finding, type Report } from '../../src/base/index.js';
import { applyGates, gatesSchema, getLanguageGate, getTranslatedPercent, isGateFailed, type Gates } from '../../src/check/index.js';

const sample = gatesSchema.parse(JSON.parse(readFileSync(new URL('../../src/check/examples/gates.json', import.meta.url), 'utf8')));

/** A finding of a rule in a language. */
const finding = (rule: Finding['rule'], lang: string): Finding => ({ rule, severity: 'error', lang, file: 'handbook/a.md', line: 1, key: 'k', message: 'm' });

const report: Report = {
  languages: {
    'zh-Hant': { units: 10, translated: 9, missing: 1, outdated: 1, rejected: 0 },
    de: { units: 10, translated: 3, missing: 7, outdated: 0, rejected: 0 },
  },
  findings: [finding('missing', 'zh-Hant'), finding('outdated', 'zh-Hant'), finding('missing', 'de'), finding('regional-term', 'de')],
};

describe('the gate where the configuration says nothing', () => {
  it('should weigh every rule of the table, with missing, outdated and unknown keys as warnings', () => {
    const gate = getLanguageGate('fr', undefined);
    expect(Object.keys(gate.rules)).toEqual(RULES.map((rule) => rule.id));
    expect(gate.minTranslated).toBe(0);
    expect(Object.entries(gate.rules).filter(([, severity]) => severity !== 'error')).toEqual([
      ['missing', 'warning'],
      ['outdated', 'warning'],
      ['unknown-key', 'warning'],
    ]);
  });
});

describe('getLanguageGate', () => {
  it('should overlay the default, `*`, then each prefix of the code', () => {
    const gates: Gates = { '*': { rules: { token: 'warning' } }, zh: { rules: { token: 'info' }, minTranslated: 50 }, 'zh-hant': { rules: { missing: 'error' } } };
    const gate = getLanguageGate('zh-Hant-HK', gates);
    expect([gate.rules.token, gate.rules.missing, gate.rules.outdated, gate.minTranslated]).toEqual(['info', 'error', 'warning', 50]);
    expect(getLanguageGate('fr', gates).rules.token).toBe('warning');
  });
});

describe('applyGates', () => {
  it('should keep default severities without gates', () => {
    expect(applyGates(report, undefined).findings.map((found) => `${found.lang} ${found.rule} ${found.severity}`)).toEqual([
      'zh-Hant missing warning',
      'zh-Hant outdated warning',
      'de missing warning',
      'de regional-term error',
    ]);
  });

  it('should apply the sample config: zh-Hant complete and current, de partial with warnings', () => {
    const gated = applyGates(report, sample);
    expect(gated.findings.map((found) => `${found.lang} ${found.rule} ${found.severity}`)).toEqual([
      'zh-Hant missing error',
      'zh-Hant outdated error',
      'de missing warning',
      'de regional-term error',
      'zh-Hant min-translated error',
    ]);
    expect(gated.findings.at(-1)).toEqual({
      rule: 'min-translated',
      severity: 'error',
      lang: 'zh-Hant',
      file: 'locales/zh-Hant',
      line: 1,
      message: 'zh-Hant is 90.0% translated; its gate requires at least 100%',
    });
    expect(isGateFailed(gated)).toBe(true);
  });

  it('should drop findings weighed off and leave the input untouched', () => {
    const before = JSON.stringify(report);
    const gated = applyGates(report, { '*': { rules: { 'regional-term': 'off', missing: 'info' } } });
    expect(gated.findings.map((found) => `${found.lang} ${found.rule} ${found.severity}`)).toEqual([
      'zh-Hant missing info',
      'zh-Hant outdated warning',
      'de missing info',
    ]);
    expect(JSON.stringify(report)).toBe(before);
    expect(gated.languages).toEqual(report.languages);
  });

  it('should add a min-translated warning where the gate weighs it so', () => {
    const gated = applyGates({ languages: { de: { units: 4, translated: 0, missing: 4, outdated: 0, rejected: 0 } }, findings: [] }, sample);
    expect(gated.findings.map((found) => `${found.rule} ${found.severity} ${found.message}`)).toEqual([
      'min-translated warning de is 0.0% translated; its gate requires at least 25%',
    ]);
    expect(isGateFailed(gated)).toBe(false);
  });
});

describe('isGateFailed', () => {
  it('should fail only on an error finding', () => {
    expect(isGateFailed({ languages: {}, findings: [] })).toBe(false);
    expect(isGateFailed({ languages: {}, findings: [{ ...finding('token', 'fr'), severity: 'warning' }] })).toBe(false);
    expect(isGateFailed({ languages: {}, findings: [finding('token', 'fr')] })).toBe(true);
  });
});

describe('getTranslatedPercent', () => {
  it('should round down to one decimal and count an empty language as complete', () => {
    const summary = { units: 10000, translated: 9996, missing: 4, outdated: 0, rejected: 0 };
    expect([getTranslatedPercent(summary), getTranslatedPercent({ ...summary, units: 0, translated: 0 }), getTranslatedPercent({ ...summary, units: 3, translated: 1 })]).toEqual([99.9, 100, 33.3]);
  });
});

describe('gatesSchema', () => {
  it('should accept the sample config', () => {
    expect(Object.keys(sample)).toEqual(['*', 'zh-Hant', 'zh-Hans', 'fr', 'de']);
    expect(sample['fr']).toEqual({ minTranslated: 100, rules: { missing: 'error', outdated: 'error' } });
  });

  it('should reject unknown rules, severities, fields and percentages', () => {
    expect(gatesSchema.safeParse({ fr: { rules: { typo: 'error' } } }).success).toBe(false);
    expect(gatesSchema.safeParse({ fr: { rules: { missing: 'fatal' } } }).success).toBe(false);
    expect(gatesSchema.safeParse({ fr: { minTranslated: 101 } }).success).toBe(false);
    expect(gatesSchema.safeParse({ fr: { severity: 'error' } }).success).toBe(false);
  });
});
