import { describe, expect, test } from 'vitest';
import { EMPTY_FEED_STATE, parseFeedState } from '../../../core/feeds/feed-state';

describe('parseFeedState keeps what is valid', () => {
  const good = {
    etag: '"33a64df5"',
    lastModified: 'Fri, 14 Mar 2025 10:40:00 GMT',
    lastCheck: 1_741_950_000_000,
    lastSuccess: 1_741_940_000_000,
    consecutiveErrors: 2,
    lastError: { kind: 'timeout', message: 'The site took too long to answer. Parallax will try again later.' },
    itemCount: 9,
  };

  test('a good record comes back as it was', () => {
    expect(parseFeedState(good)).toEqual(good);
  });

  test.each([undefined, null, 'corrupt', 42, []])('%j → a feed never checked', (value) => {
    expect(parseFeedState(value)).toEqual(EMPTY_FEED_STATE);
  });

  test('bad fields fall back one by one', () => {
    expect(
      parseFeedState({
        ...good,
        etag: '"a"\nSet-Cookie: x',
        lastModified: 12,
        lastCheck: -1,
        lastSuccess: Infinity,
        consecutiveErrors: 1.5,
        lastError: { kind: 'meltdown', message: 'x' },
        itemCount: '9',
        extra: true,
      }),
    ).toEqual(EMPTY_FEED_STATE);
  });

  test('an error without a message gets the sentence for its kind; long messages are cut', () => {
    expect(parseFeedState({ lastError: { kind: 'network' } }).lastError).toEqual({
      kind: 'network',
      message: 'Parallax could not reach the site. It may be down, or this computer may be offline.',
    });
    expect(parseFeedState({ lastError: { kind: 'network', message: 'x'.repeat(5000) } }).lastError!.message).toHaveLength(500);
  });

  test('huge error counts are capped', () => {
    expect(parseFeedState({ consecutiveErrors: 1e12 }).consecutiveErrors).toBe(1000);
  });
});
