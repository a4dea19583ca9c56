import { describe, expect, it } from 'vitest';
import { getPercent } from '../../src/weblate/status.js';

describe('getPercent', () => {
  it('should give one decimal', () => {
    expect(getPercent(7, 8)).toBe(87.5);
    expect(getPercent(1, 3)).toBe(33.3);
  });

  it('should round down, so 100 means everything', () => {
    expect(getPercent(2, 3)).toBe(66.6);
    expect(getPercent(9999, 10000)).toBe(99.9);
    expect(getPercent(10, 10)).toBe(100);
  });

  it('should count nothing to translate as complete', () => {
    expect(getPercent(0, 0)).toBe(100);
  });

  it('should never exceed 100', () => {
    expect(getPercent(12, 10)).toBe(100);
  });
});
