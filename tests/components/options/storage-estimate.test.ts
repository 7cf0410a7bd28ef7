import { describe, expect, test } from 'vitest';
import { formatShare, storageLevel, STORAGE_WARNING_SHARE } from '../../../components/options/storage-estimate';

describe('storageLevel', () => {
  describe('warns', () => {
    test.each([
      [{ usage: 801, quota: 1_000 }, 0.801],
      [{ usage: 999, quota: 1_000 }, 0.999],
      // Past the quota (estimates are rough): full, not more than full.
      [{ usage: 2_000, quota: 1_000 }, 1],
    ])('%j', (estimate, share) => {
      expect(storageLevel(estimate)).toEqual({ ...estimate, share, warn: true });
    });
  });

  describe('does not warn', () => {
    test.each([
      [{ usage: 800, quota: 1_000 }, { usage: 800, quota: 1_000, share: STORAGE_WARNING_SHARE, warn: false }],
      [{ usage: 0, quota: 1_000 }, { usage: 0, quota: 1_000, share: 0, warn: false }],
      [{ usage: 500 }, { usage: 500, quota: null, share: null, warn: false }],
      [{ usage: 500, quota: 0 }, { usage: 500, quota: null, share: null, warn: false }],
    ])('%j', (estimate, level) => {
      expect(storageLevel(estimate)).toEqual(level);
    });
  });

  test.each([{}, { usage: -1, quota: 10 }, { usage: Number.NaN, quota: 10 }])('no usage to show: %j', (estimate) => {
    expect(storageLevel(estimate)).toBeNull();
  });

  test.each([
    [0, '0%'],
    [0.0004, 'under 1%'],
    [0.87, '87%'],
    [0.999, '99%'],
    [1, '100%'],
  ])('formatShare(%d) is %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });
});
