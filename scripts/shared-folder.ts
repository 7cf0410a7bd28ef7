import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the shared, read-only material lives: the measuring corpora (`corpus/`) and the
 * founding scenario (`seeds/`). It sits beside the repository (`../shared`), and is
 * absent from a plain clone. `PARALLAX_SHARED` points elsewhere, or at a folder that does
 * not exist to hide it, which is how `npm run test:without-shared` checks that every test
 * needing it skips cleanly.
 */
export const SHARED_DIR = process.env.PARALLAX_SHARED
  ? resolve(process.env.PARALLAX_SHARED)
  : resolve(import.meta.dirname, '../../shared');

/** The path of `relative` inside the shared folder, whether or not it exists. */
export function sharedPath(relative: string): string {
  return join(SHARED_DIR, relative);
}

/**
 * Why the files a test needs cannot be read, in one sentence, or null when they are all
 * there.
 */
export function missingShared(relatives: readonly string[]): string | null {
  const missing = relatives.map(sharedPath).filter((path) => !existsSync(path));
  if (missing.length === 0) return null;
  return `not found: ${missing.join(', ')} (the shared corpora are not beside this clone; set PARALLAX_SHARED to their folder)`;
}
