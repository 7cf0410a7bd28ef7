import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { ArticleReport } from '../../core/protocol/messages';
import { compareWithMatches } from '../../db/compare-with-matches';
import { findMatchesFor } from '../../db/find-matches';
import { indexEntry } from '../../db/index-entry';
import { openLibrary, saveArticle } from '../../db/library-db';

let n = 0;
const freshDb = () => openLibrary(`compare-${++n}`);

function report(url: string, siteName: string | null, title: string, text: string, flags: ArticleReport['flags'] = []): ArticleReport {
  return { url, title, siteName, byline: null, publishedTime: '2025-03-12T10:00:00Z', lang: 'en', excerpt: null, text, flags };
}

const ledger = report(
  'https://ledger.example/summit',
  'The Northern Ledger',
  'Hollen and Sorel tout alliance at Kestrel summit',
  'President Arvid Hollen of Marovia and President Lin Sorel of Tessaly met in Kestrel. "Our partnership is going through the best period in its history," Hollen said. General Omar Besik also attended.',
  [{ entryId: 'anti-western-alliance', category: 'label', text: 'anti-Western alliance', voice: 'outlet', speaker: null }],
);
const harbour = report(
  'https://harbour.example/news/summit',
  null,
  'Hollen and Sorel say ties at their best in history',
  'Arvid Hollen and Lin Sorel met in Kestrel. Hollen said the partnership was "going through the best period in its history." Sorel said Tessaly "has always stood on the right side of history."',
  [{ entryId: 'right-side-of-history', category: 'verdict', text: 'right side of history', voice: 'quote', speaker: 'Sorel' }],
);

describe('compareWithMatches', () => {
  test('compares the article with its stored matches, outlets named as the popup names them', async () => {
    const db = await freshDb();
    await saveArticle(db, ledger, 1);
    const self = { ...harbour, ...indexEntry(harbour) }; // read with automatic saving off: not stored
    const matches = await findMatchesFor(db, self);
    expect(matches.map((m) => m.url)).toEqual([ledger.url]);

    const comparison = await compareWithMatches(db, self, matches);
    expect(comparison.outlets).toEqual([
      { name: 'harbour.example', urls: [harbour.url], current: true, pieceKinds: [] },
      { name: 'The Northern Ledger', urls: [ledger.url], current: false, pieceKinds: [] },
    ]);
    expect(comparison.phrases.map((p) => [p.entryId, p.cells.map((c) => c?.use ?? null)])).toEqual([
      ['right-side-of-history', ['quoted', null]],
      ['anti-western-alliance', [null, 'own']],
    ]);
    expect(comparison.quotes[0]).toMatchObject({ reach: 'all', carried: [true, true] });
    expect(comparison.facts[1]).toContainEqual(expect.objectContaining({ text: 'Omar Besik', kind: 'person' }));
  });

  test('a match deleted meanwhile, or stored before flags were kept, is no error', async () => {
    const db = await freshDb();
    const old = await saveArticle(db, ledger, 1);
    await db.put('articles', { ...old, flags: undefined as unknown as ArticleReport['flags'] });
    const self = { ...harbour, ...indexEntry(harbour) };
    const matches = await findMatchesFor(db, self);
    const gone = { ...matches[0]!, url: 'https://gone.example/1' };
    const comparison = await compareWithMatches(db, self, [...matches, gone]);
    expect(comparison.outlets.map((o) => o.name)).toEqual(['harbour.example', 'The Northern Ledger']);
    expect(comparison.phrases.every((p) => p.cells[1] === null)).toBe(true);
  });
});
