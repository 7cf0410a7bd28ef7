/**
 * The extension and the CLI list the same other accounts: real multi-outlet coverage
 * (allsides-dev) and ECB+ (many near-copies of one event, whose scores tie) are each
 * loaded once into the in-memory EventIndex (what `match` uses) and once, article by
 * article, into the IndexedDB library (fake-indexeddb, what the background uses), and
 * every article's listing is compared. Both drive the one
 * ranking of core/matching/rank-event.ts; this is what keeps them from drifting apart.
 * The corpora are read in place from the shared folder and never copied; without them the test
 * skips and says why.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { GROUP_SIZE } from '../../core/matching/event-group';
import { EventIndex } from '../../core/matching/event-index';
import type { ArticleReport } from '../../core/protocol/messages';
import { findMatches } from '../../db/find-matches';
import { saveArticle } from '../../db/library-db';
import { freshDbFactory } from './library-fixtures';
import { sharedPath } from '../../scripts/shared-folder';
import { describeWithShared } from '../needs-shared';

const freshDb = freshDbFactory('same-listing');

interface CorpusLine {
  id: string;
  outlet: string | null;
  title: string | null;
  text: string;
  date: string | null;
}

/** The corpus as reports, each under an address of its own (ECB+ gives one live page's updates the same URL). */
function reports(file: string): ArticleReport[] {
  const lines = gunzipSync(readFileSync(sharedPath(`corpus/${file}`))).toString('utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const d = JSON.parse(line) as CorpusLine;
    const url = `https://corpus.example/${encodeURIComponent(d.id)}`;
    return { url, title: d.title, siteName: d.outlet, byline: null, publishedTime: d.date, lang: 'en', excerpt: null, text: d.text, flags: [] };
  });
}

// Both corpora: on ECB+ the two stores once posted a near-copy under different keys (the
// in-memory index chose them before counting the account in docCount), so a query read
// different lists and grouped a different near-copy.
for (const file of ['allsides-dev.jsonl.gz', 'ecbplus.jsonl.gz']) {
  describeWithShared(file, [`corpus/${file}`], () => {
    test(
      'the IndexedDB library lists, for every article, the accounts the CLI lists, with the same scores',
      async () => {
        const all = reports(file);
        const index = new EventIndex();
        const db = await freshDb();
        // One at a time in both, as a reader's library grows: each article is posted under keys chosen with the counts of its time.
        for (const [i, r] of all.entries()) {
          index.add({ id: r.url, title: r.title, text: r.text, outlet: r.siteName, url: r.url, date: r.publishedTime });
          await saveArticle(db, r, 1_700_000_000_000 + i);
        }
        let listed = 0;
        const differing: string[] = [];
        // The same accounts, each with its score to 0.001: the two stores may differ in the
        // last digits of a count's weight, never in what they list.
        const listing = (rows: Array<{ key: string; score: number }>): string[] => rows.map((m) => `${m.key} ${m.score.toFixed(3)}`).sort();
        for (const r of all) {
          const cli = listing(index.query(r.url, { limit: GROUP_SIZE }).map((m) => ({ key: m.id, score: m.score })));
          const extension = listing((await findMatches(db, r.url)).map((m) => ({ key: m.url, score: m.score })));
          listed += cli.length;
          if (JSON.stringify(cli) !== JSON.stringify(extension)) differing.push(`${r.url}\n  CLI ${cli.join(', ')}\n  extension ${extension.join(', ')}`);
        }
        expect(differing).toEqual([]);
        // The comparison is not vacuous: most articles of these corpora have other accounts listed.
        expect(listed / all.length).toBeGreaterThan(1);
      },
      600_000,
    );
  });
}
