import { gunzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain } from 'tldts';
import { CORPUS_DIR } from './corpus';

/**
 * The labelled jsonl corpora (detection-dev, extraction-dev) and the one split every
 * evaluation uses on them: by registrable domain, so that no site's pages are on both
 * sides, and by a fixed hash, so that the split does not move when rules change. Rules
 * are written looking at the `dev` part only; the `test` part is scored, never read.
 */

export type Part = 'dev' | 'test';

/** About three sites in ten go to the test part. */
const TEST_SHARE = 3;

export interface JsonlPage {
  id: string;
  url: string | null;
  source_dataset: string;
  html: string;
  label?: 'NEWS' | 'NOT_NEWS' | 'AMBIGUOUS';
  kind?: string;
  expected?: string;
}

/** Null when the corpus is absent (evaluations then say so and stop; tests skip). */
export function readJsonlCorpus(name: 'detection-dev' | 'extraction-dev'): JsonlPage[] | null {
  const file = join(CORPUS_DIR, `${name}.jsonl.gz`);
  if (!existsSync(file)) return null;
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as JsonlPage);
}

/** The site a page belongs to: its registrable domain, else its id (pages without an address). */
export function siteKey(page: { id: string; url: string | null }): string {
  if (page.url) {
    try {
      const host = new URL(page.url).hostname;
      return getDomain(host) ?? host;
    } catch {
      // an unreadable address: fall back to the id
    }
  }
  return `id:${page.id}`;
}

/** FNV-1a over the site key: stable across runs, machines and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function partOf(page: { id: string; url: string | null }): Part {
  return fnv1a(siteKey(page)) % 10 < TEST_SHARE ? 'test' : 'dev';
}
