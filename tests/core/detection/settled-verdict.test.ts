import { describe, expect, test } from 'vitest';
import { settledVerdict } from '../../../core/detection/settled-verdict';

/** The two-stage decision's bound: settled only when no reading of the unread signals could cross even odds. */

describe('settledVerdict', () => {
  test.each([
    ['below 0 even if every positive unread signal is found', -1.5, [0.75, 0.5], false],
    ['at 0 or above even if every negative unread signal is found', 1, [-0.5, 0.25, -0.5], true],
    ['exactly at 0 at its lowest: news, as the detector counts 0', 0.5, [-0.5], true],
    ['nothing left to read, below 0', -0.25, [], false],
    ['nothing left to read, at 0', 0, [], true],
  ])('settled: %s', (_name, logit, unread, expected) => {
    expect(settledVerdict(logit, unread)).toBe(expected);
  });

  test.each([
    ['the positive unread signals could lift it to exactly 0', -1.25, [0.75, 0.5]],
    ['a positive unread signal could lift it past 0', -0.5, [0.75]],
    ['a negative unread signal could pull it below 0', 0.25, [-0.5, 0.75]],
  ])('open: %s', (_name, logit, unread) => {
    expect(settledVerdict(logit, unread)).toBeNull();
  });
});
