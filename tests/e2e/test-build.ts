import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The one test build (`npm run build:test`, wxt.config.ts): the fixture world's starter
 * set in place of the shipped one, and outlet lookups that may go to a local Wikidata.
 * Built once for every suite that needs it, never by a suite itself.
 */
export const TEST_BUILD_CHROME = resolve(import.meta.dirname, '../../.output/test-build/chrome-mv3');
export const TEST_BUILD_FIREFOX = resolve(import.meta.dirname, '../../.output/test-build/firefox-mv2');

/** Stops a suite at once, saying how to build what it needs, when the test build is missing. */
export function requireTestBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build:test first`);
}
