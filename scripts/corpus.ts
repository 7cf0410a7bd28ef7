import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from './shared-folder';

/**
 * The measuring corpus in ../shared/corpus, unpacked on demand into a temp folder: used
 * by benchmarks and evaluations, never copied into the repository.
 */
export const CORPUS_DIR = sharedPath('corpus');

export interface CorpusPage {
  slug: string;
  html: string;
  /** Readability's own expected metadata for the page (not a human label). */
  metadata: Record<string, unknown>;
}

export function readabilityTestPages(): CorpusPage[] {
  const archive = join(CORPUS_DIR, 'readability-test-pages.tar.gz');
  if (!existsSync(archive)) throw new Error(`measuring corpus not found at ${archive}`);
  const target = join(tmpdir(), 'parallax-corpus');
  const root = join(target, 'readability-test-pages');
  if (!existsSync(root)) {
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', archive, '-C', target]);
  }
  return readdirSync(root)
    .sort()
    .map((slug) => ({
      slug,
      html: readFileSync(join(root, slug, 'source.html'), 'utf8'),
      metadata: JSON.parse(readFileSync(join(root, slug, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>,
    }));
}
