import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentJson } from '../../src/extract/index.js';
import type { Unit } from '../../src/extract/index.js';

/** Segment and check the range invariant on every unit. */
function segment(source: string, fields: string[]): Unit[] {
  const units = segmentJson(source, fields);
  for (const unit of units) expect(source.slice(unit.start, unit.end)).toBe(unit.raw);
  return units;
}

const sample = JSON.stringify(
  {
    title: 'Handbook',
    subtitle: 'A "quoted" / slashed é',
    version: '1.0',
    ui: { contents: 'Contents', page: 'Page', count: 3 },
    roles: [{ id: 'dev', name: 'Developer' }],
    goals: [{ id: 'usage', name: 'Usage', description: 'Use it.' }, { id: 'trust', name: 'Trust', description: 'Trust it.' }],
    activities: [{ id: 'A-1', name: 'First', path: 'a1.md', slug: 'first', roles: ['dev'], goal: 'usage' }],
  },
  null,
  4,
);

describe('metadata field', () => {
  it('should make units of matching string values in document order', () => {
    const units = segment(sample, ['title', 'ui.*', 'roles.*.name', 'goals.*.name', 'goals.*.description', 'activities.*.name']);
    expect(units.map((unit) => [unit.field, unit.text, unit.section])).toEqual([
      ['title', 'Handbook', 'title'],
      ['ui.contents', 'Contents', 'ui-contents'],
      ['ui.page', 'Page', 'ui-page'],
      ['roles.0.name', 'Developer', 'roles-0-name'],
      ['goals.0.name', 'Usage', 'goals-0-name'],
      ['goals.0.description', 'Use it.', 'goals-0-description'],
      ['goals.1.name', 'Trust', 'goals-1-name'],
      ['goals.1.description', 'Trust it.', 'goals-1-description'],
      ['activities.0.name', 'First', 'activities-0-name'],
    ]);
    for (const unit of units) expect([unit.kind, unit.prefix, unit.containers]).toEqual(['metadata', '', []]);
  });
  it('should give raw as written between the quotes and text decoded', () => {
    const source = '{"subtitle": "A \\"q\\" \\/ \\u00e9"}';
    const [unit] = segment(source, ['subtitle']);
    expect([unit?.raw, unit?.text, unit?.line, unit?.column]).toEqual(['A \\"q\\" \\/ \\u00e9', 'A "q" / é', 1, 15]);
  });
  it('should skip non-string values, keys and unlisted fields', () => {
    expect(segment(sample, ['version', 'ui.count', 'roles.*', 'goals']).map((unit) => unit.field)).toEqual(['version']);
  });
  it('should reject a malformed field pattern up front', () => {
    expect(() => segmentJson('{}', ['goals..name'])).toThrow('Invalid field pattern `goals..name` for option `fields`: expected a dot path of names, indices or `*` (e.g. `goals.*.name`)');
  });
  it('should throw on invalid JSON with the position', () => {
    expect(() => segmentJson('{\n  "a": ', ['a'])).toThrow(/Cannot segment JSON: ValueExpected at 2:/);
  });
});

describe('real GGI metadata', () => {
  const source = readFileSync(new URL('../fixtures/ggi-v1.3/content/ggi_activities_metadata.json', import.meta.url), 'utf8');
  const data = JSON.parse(source) as { goals: Array<{ name: string }>; activities: Array<{ name: string }> };
  it('should make a unit of every goal and activity name', () => {
    const units = segment(source, ['goals.*.name', 'activities.*.name']);
    expect(units.map((unit) => unit.text)).toEqual([...data.goals.map((goal) => goal.name), ...data.activities.map((activity) => activity.name)]);
    expect(units.map((unit) => unit.field)).toEqual([
      ...data.goals.map((_, index) => `goals.${index}.name`),
      ...data.activities.map((_, index) => `activities.${index}.name`),
    ]);
  });
});
