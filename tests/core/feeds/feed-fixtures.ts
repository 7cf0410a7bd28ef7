import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../../core/feeds/parse-feed';
import type { ParsedFeed } from '../../../core/feeds/feed-types';

/** The feed fixtures in tests/fixtures/feeds/, written for Parallax (fictional outlets). */
export function feedFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url)), 'utf8');
}

/** A clock after every fixture's dates, so none is refused as being in the future. */
export const AFTER_FIXTURES = Date.parse('2025-10-01T00:00:00Z');

/** Parses a fixture that must be a feed; fails the test with the reason when it is not. */
export function parsedFixture(name: string, feedUrl = `https://feeds.example/${name}`, maxItems?: number): ParsedFeed {
  const result = parseFeed(feedFixture(name), feedUrl, { now: AFTER_FIXTURES, maxItems });
  if (!result.ok) throw new Error(`${name}: ${result.reason} (${result.message})`);
  return result.feed;
}
