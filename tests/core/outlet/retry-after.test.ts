import { expect, test } from 'vitest';
import { backoffMs, retryAfterMs, RETRY_BOUNDS } from '../../../core/outlet/retry-after';

const NOW = Date.UTC(2026, 6, 3, 12);

test.each([
  ['seconds', '120', 120_000],
  ['an HTTP date', 'Fri, 03 Jul 2026 12:10:00 GMT', 600_000],
  ['zero, held to the least wait', '0', RETRY_BOUNDS.minMs],
  ['a year, held to a day', String(365 * 86_400), RETRY_BOUNDS.maxMs],
  ['a date in the past', 'Thu, 01 Jan 2026 00:00:00 GMT', RETRY_BOUNDS.minMs],
])('Retry-After as %s', (_name, header, ms) => {
  expect(retryAfterMs(header, NOW)).toBe(ms);
});

test.each([[null], ['soon'], ['-5'], ['1e9'], ['<script>']])('no usable Retry-After in %j', (header) => {
  expect(retryAfterMs(header, NOW)).toBeNull();
});

test('failures in a row wait longer, up to a day', () => {
  expect([1, 2, 3, 4, 5, 9].map(backoffMs)).toEqual([60_000, 600_000, 3_600_000, 21_600_000, 86_400_000, 86_400_000]);
});
