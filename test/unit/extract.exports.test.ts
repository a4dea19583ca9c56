import { describe, expect, it } from 'vitest';
import * as extract from '../../src/extract/index.js';
import * as keys from '../../src/keys/index.js';

describe('public names', () => {
  it('should pin the runtime exports of the extract stage', () => {
    expect(Object.keys(extract).sort()).toEqual(['getSlug', 'getUnitText', 'parseMarkdown', 'segmentJson', 'segmentMarkdown']);
  });
  it('should pin the runtime exports of the keys stage', () => {
    expect(Object.keys(keys).sort()).toEqual(['assignKeys', 'formatKey', 'isSafeKey']);
  });
});
