/**
 * The two seed accounts (../shared/seeds, read in place, never copied into the repo):
 * Deutsche Welle and the Kyiv Independent on the Putin-Xi meeting in Astana, 3-4 July
 * 2024. Null when the shared folder is absent: the tests that need them are declared with
 * describeWithShared(…, SEED_FILES, …) and skip, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AccountInput } from '../../../core/matching/account';
import { sharedPath } from '../../../scripts/shared-folder';

export const SEED_FILES = ['seeds/000_658500aa27397000.txt', 'seeds/003_9574b50f864fcf4e.txt'] as const;

function read(relative: string): string | null {
  const path = sharedPath(relative);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

const dw = read(SEED_FILES[0]);
const kyiv = read(SEED_FILES[1]);

export const SEEDS: { dw: AccountInput; kyiv: AccountInput } | null =
  dw && kyiv
    ? {
        // The DW file's first line is the page slug glued to the headline; the rest is the body.
        dw: { id: 'dw', title: 'Russia-China relations are at their best', text: dw.split('\n').slice(1).join('\n'), outlet: 'Deutsche Welle', url: null, date: '2024-07-03T23:11:00Z' },
        // The Kyiv Independent file is raw page text, chrome and all: the matcher must cope.
        kyiv: {
          id: 'kyiv',
          title: "Relations between Russia, China are 'at their best in history,' Xi, Putin says",
          text: kyiv,
          outlet: 'The Kyiv Independent',
          url: 'https://kyivindependent.com/relations-between-russia-china-are-at-their-best-in-history/',
          date: '2024-07-04T09:22:00Z',
        },
      }
    : null;
