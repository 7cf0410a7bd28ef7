import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { groupByOutlet } from '../../core/compare/group-by-outlet';
import type { ArticleReport } from '../../core/protocol/messages';
import { openLibrary, saveArticle } from '../../db/library-db';
import { libraryOutlets, searchLibrary } from '../../db/library-queries';

/**
 * The popup groups accounts by outlet; the options page lists the library's outlets and
 * filters by one. Both must put the same articles under the same outlet, however each
 * page spells its outlet's name.
 */

let dbCounter = 0;

function report(url: string, siteName: string | null): ArticleReport {
  return { url, title: url, siteName, byline: null, publishedTime: null, lang: 'en', excerpt: null, text: `Story at ${url}.`, flags: [] };
}

const spellings: Array<[string, ArticleReport[]]> = [
  [
    'one outlet spelt three ways',
    [
      report('https://ledger.example/a', 'The Northern Ledger'),
      report('https://ledger.example/b', 'Northern Ledger'),
      report('https://ledger.example/c', 'NORTHERN  LEDGER '),
      report('https://harbour.example/d', 'Harbour Independent'),
    ],
  ],
  [
    'accents and "www." apart',
    [
      report('https://cafe.example/a', 'Café Times'),
      report('https://cafe.example/b', 'Cafe Times'),
      report('https://www.wire.example/c', null),
      report('https://wire.example/d', null),
    ],
  ],
  [
    'two outlets on one host, told apart by their names',
    [
      report('http://127.0.0.1:4173/one/a.html', 'The Northern Ledger'),
      report('http://127.0.0.1:4173/two/b.html', 'Eastgate Wire'),
      report('http://127.0.0.1:4173/one/c.html', 'Northern Ledger'),
    ],
  ],
];

describe('the options filter and the popup agree on outlets', () => {
  test.each(spellings)('%s', async (_name, reports) => {
    const db = await openLibrary(`outlet-agreement-${++dbCounter}`);
    for (const [i, r] of reports.entries()) await saveArticle(db, r, Date.UTC(2025, 3, 10) + i * 1_000);
    const popup = groupByOutlet(reports).map((g) => g.accounts.map((a) => a.url).sort());

    const { outlets } = await libraryOutlets(db);
    const options = await Promise.all(
      outlets.map(async (o) => {
        const found = await searchLibrary(db, { query: '', outlet: o.name, from: null, to: null, offset: 0, limit: 50 });
        expect(found.items).toHaveLength(o.count);
        return found.items.map((item) => item.url).sort();
      }),
    );
    const byFirstUrl = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
    expect(options.sort(byFirstUrl)).toEqual(popup.sort(byFirstUrl));
  });
});
