import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingShared, sharedPath, SHARED_DIR } from '../../scripts/shared-folder';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('the shared folder', () => {
  test('a missing file is named, with the way to point at the folder', () => {
    const reason = missingShared(['seeds/no-such-file.txt']);
    expect(reason).toContain(sharedPath('seeds/no-such-file.txt'));
    expect(reason).toContain('PARALLAX_SHARED');
    expect(missingShared([])).toBeNull();
  });

  test('PARALLAX_SHARED, when set, is where it is looked for', () => {
    const wanted = process.env.PARALLAX_SHARED;
    expect(SHARED_DIR).toBe(wanted ? resolve(wanted) : resolve(ROOT, '..', 'shared'));
  });

  // A path written out by hand would escape `npm run test:without-shared`, which hides the
  // folder through PARALLAX_SHARED: every reader goes through scripts/shared-folder.ts.
  test('no test, script or benchmark names the folder but through scripts/shared-folder.ts', () => {
    const byHand = ['tests', 'scripts', 'bench', 'cli']
      .flatMap(sourceFiles)
      .filter((file) => relative('scripts', file) !== 'shared-folder.ts')
      .filter((file) => /(['"`])[^'"`\n]*\.\.\/shared(\/[^'"`\n]*)?\1/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(byHand).toEqual([]);
  });
});
