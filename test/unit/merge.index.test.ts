import { describe, expect, it } from 'vitest';
import * as merge from '../../src/merge/index.js';

describe('merge entry point', () => {
  it('should expose exactly the public API', () => {
    expect(Object.keys(merge).sort()).toEqual([
      'checkTranslation',
      'createLookup',
      'createLookupPool',
      'getBlockSignature',
      'mergeFile',
      'protectedTokenDefaults',
      'spliceUnits',
    ]);
  });
});
