import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DETECTOR_BUDGET_GZIP } from '../../bench/script-sizes';

/**
 * What the stores check, on the two builds `npm run zip` packs: a strict content security
 * policy on Parallax's own pages, and no remote code anywhere (every script is a file
 * of the package; nothing is fetched and run, nothing evaluated from strings).
 */

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;
/** The one test build of the same browsers (`npm run build:test`), which must hold what the others must not. */
const TEST_BUILDS = { chrome: '.output/test-build/chrome-mv3', firefox: '.output/test-build/firefox-mv2' } as const;

/**
 * What only the test build may hold: the storage key that names a local Wikidata
 * (background/outlets/wikidata-endpoints.ts) and the fixture world's outlets
 * (tests/fixtures/starter-world), whose hosts end in parallax.test.
 */
const TEST_ONLY_MARKERS = ['testWikidataOrigin', 'parallax.test'];

function markersIn(dir: string): string[] {
  const code = files(dir)
    .filter((path) => /\.(m?js|html|json)$/.test(path))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  return TEST_ONLY_MARKERS.filter((marker) => code.includes(marker));
}


/** Code that marks Readability's article extraction (its main method keeps its name when minified). */
const READABILITY_MARKER = '_grabArticle';

/** Lexicon entry ids long enough not to occur by chance in other code. */
function lexiconIds(): string[] {
  const lexicon = JSON.parse(readFileSync('assets/lexicon.json', 'utf8')) as { entries: Array<{ id: string }> };
  return lexicon.entries.map((entry) => entry.id).filter((id) => id.length >= 14 && id.includes('-'));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe.each(Object.entries(BUILDS))('the %s build', (browser, dir) => {
  const built = manifest(dir);
  const csp = built['content_security_policy'];
  const policy = typeof csp === 'string' ? csp : (csp as { extension_pages: string }).extension_pages;

  test('its pages’ policy runs only the package’s own scripts', () => {
    const rules = directives(policy);
    expect(rules.get('script-src')).toEqual(["'self'"]);
    expect(rules.get('object-src')).toEqual(["'none'"]);
    expect(rules.get('default-src')).toEqual(["'self'"]);
    expect(rules.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval|\*/);
  });

  test('it loads no remote code', () => {
    const code = files(dir).filter((path) => /\.(m?js|html)$/.test(path));
    expect(code.length).toBeGreaterThan(3);
    const remote: string[] = [];
    for (const path of code) {
      const text = readFileSync(path, 'utf8');
      const where = relative(dir, path);
      if (/<script[^>]+src=["']?(https?:)?\/\//i.test(text)) remote.push(`${where}: remote <script>`);
      if (/\bimportScripts\(\s*["'`]https?:/.test(text)) remote.push(`${where}: importScripts from the web`);
      if (/\bimport\(\s*["'`]https?:/.test(text)) remote.push(`${where}: import() from the web`);
      if (/\bnew Function\(|\beval\(/.test(text)) remote.push(`${where}: code from a string`);
    }
    expect(remote).toEqual([]);
  });

  test('it holds no test endpoint and no fixture outlet; the test build of the same sources holds both', () => {
    expect(markersIn(dir)).toEqual([]);
    // The markers are found where they belong, so their absence above means something.
    expect(markersIn(TEST_BUILDS[browser as keyof typeof TEST_BUILDS])).toEqual(TEST_ONLY_MARKERS);
  });

  test('it asks for no host access at install, and exposes nothing to pages', () => {
    const granted = [...((built['permissions'] as string[]) ?? []), ...((built['host_permissions'] as string[]) ?? [])];
    expect(granted.filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
    expect(built['web_accessible_resources']).toBeUndefined();
    expect(built['externally_connectable']).toBeUndefined();
    expect(built['manifest_version']).toBe(browser === 'firefox' ? 2 : 3);
  });

  test('the detector, on every page, is under its budget and holds neither Readability nor the lexicon; the reader holds both', () => {
    const detector = readFileSync(join(dir, 'content-scripts/content.js'));
    const readerBytes = readFileSync(join(dir, 'reader.js'));
    const reader = readerBytes.toString('utf8');
    const gzipped = gzipSync(detector, { level: 9 }).length;
    console.info(`${browser}: detector ${detector.length} B (${gzipped} B gzipped), reader ${readerBytes.length} B (${gzipSync(readerBytes, { level: 9 }).length} B gzipped)`);
    expect(gzipped).toBeLessThanOrEqual(DETECTOR_BUDGET_GZIP);
    const ids = lexiconIds();
    expect(ids.length).toBeGreaterThan(20);
    const text = detector.toString('utf8');
    expect(text).not.toContain(READABILITY_MARKER);
    expect(ids.filter((id) => text.includes(id))).toEqual([]);
    // The same markers do find the reader's code, so their absence above means something.
    expect(reader).toContain(READABILITY_MARKER);
    expect(ids.filter((id) => !reader.includes(id))).toEqual([]);
  });
});
