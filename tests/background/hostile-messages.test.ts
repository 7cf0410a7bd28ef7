import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';
import type { BackgroundDeps, RequestSender } from '../../background/article-requests';
import { reportBudget } from '../../background/report-policy';
import { routeMessage } from '../../background/message-router';
import { LIMITS, type ArticleReport } from '../../core/protocol/messages';
import { mulberry32 } from '../../scripts/seeded-random';
import { openLibrary, saveArticle } from '../../db/library-db';
import { countArticles, getArticle } from '../../db/library-queries';
import type { StoredArticle } from '../../db/library-schema';

/**
 * A compromised content script sends whatever it likes: thousands of seeded messages of
 * every known type and none, with hostile values, from content-script and outside
 * senders. The background must answer each with a response (never a rejection), store
 * nothing unbounded, and leave the reader's articles exactly as they were.
 */

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const MESSAGES = 3_000;
const BURST = 20;

const TYPES = [
  'article:seen',
  'article:save',
  'matches:get',
  'library:search',
  'library:delete',
  'library:clear',
  'library:import-begin',
  'library:import-chunk',
  'library:import-commit',
  'library:export-page',
  'library:dismiss-space-notice',
  'feeds:follow',
  'feeds:remove',
  'feeds:set-interval',
  'offscreen:read-html',
  'page:get-state',
  '__proto__',
  'constructor',
];

const saved: ArticleReport[] = ['saved-story', 'second-story', 'third-story'].map((slug, i) => ({
  url: `https://${i === 0 ? 'victim.example' : 'ledger.example'}/${slug}`,
  title: `Saved ${slug}`,
  siteName: 'Ledger',
  byline: 'A. Reporter',
  publishedTime: '2026-11-20T10:00:00Z',
  lang: 'en',
  excerpt: null,
  text: `President Arvid Hollen met Lin Sorel in Kestrel on Wednesday, story ${slug}, to sign a grain agreement worth 40 million.`,
  flags: [],
}));

function hostileString(random: () => number): string {
  const pick = Math.floor(random() * 9);
  switch (pick) {
    case 0:
      return 'x'.repeat(Math.floor(random() * 2_000_000));
    case 1:
      return '<script>alert(1)</script><img src=x onerror=alert(2)>';
    case 2:
      return 'javascript:alert(1)';
    case 3:
      return `https://ledger.example/${'a'.repeat(Math.floor(random() * 5_000))}`;
    case 4:
      return 'https://victim.example/saved-story';
    case 5:
      return '\u202e\u200b\u0000\ud800 rtl and lone surrogate';
    case 6:
      return `https://ledger.example/made-up-${Math.floor(random() * 1e9)}`;
    case 7:
      return 'word '.repeat(Math.floor(random() * 100_000));
    default:
      return '';
  }
}

function hostileValue(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * (depth > 3 ? 6 : 9));
  switch (pick) {
    case 0:
      return hostileString(random);
    case 1:
      return random() < 0.5 ? null : undefined;
    case 2:
      return random() < 0.5 ? Number.NaN : -1e308;
    case 3:
      return random() < 0.5;
    case 4:
      return Math.floor(random() * 1e6);
    case 5:
      return [];
    case 6:
      // Long arrays only at the top: the message is big, not exponential.
      return Array.from({ length: depth === 0 && random() < 0.3 ? 20_000 : 3 }, () => (depth === 0 ? Math.floor(random() * 10) : hostileValue(random, depth + 1)));
    default: {
      const object: Record<string, unknown> = {};
      for (const key of ['url', 'title', 'text', 'flags', 'report', 'articles', 'mode', 'id', 'html', 'siteName', 'publishedTime']) {
        if (random() < 0.5) object[key] = hostileValue(random, depth + 1);
      }
      return object;
    }
  }
}

function hostileReport(random: () => number): ArticleReport {
  return {
    url: hostileString(random),
    title: hostileString(random),
    siteName: hostileString(random),
    byline: hostileString(random),
    publishedTime: hostileString(random),
    lang: hostileString(random),
    excerpt: hostileString(random),
    text: random() < 0.2 ? 'y '.repeat(1_000_000) : hostileString(random),
    flags: Array.from({ length: random() < 0.2 ? 50_000 : 2 }, (_, i) => ({
      entryId: i < 2 ? hostileString(random) : `entry-${i}`,
      category: 'label',
      text: i < 2 ? hostileString(random) : '<b>regime</b>',
      voice: 'outlet',
      speaker: null,
    })) as ArticleReport['flags'],
  };
}

/** A well-formed report under a made-up URL: the flood that only the per-tab budget stops. */
function floodReport(random: () => number): unknown {
  const slug = random() < 0.1 ? 'victim.example/saved-story' : `ledger.example/made-up-${Math.floor(random() * 1e9)}`;
  return { type: 'article:seen', save: true, report: { ...saved[1], url: `https://${slug}`, title: 'Flood', text: 'z '.repeat(400_000) } };
}

function hostileMessage(random: () => number): unknown {
  if (random() < 0.3) return floodReport(random);
  if (random() < 0.1) return hostileValue(random);
  const type = TYPES[Math.floor(random() * TYPES.length)];
  const message: Record<string, unknown> = { type };
  if (random() < 0.7) message['report'] = random() < 0.7 ? hostileReport(random) : hostileValue(random);
  for (const key of ['url', 'save', 'articles', 'mode', 'id', 'html', 'importId']) {
    if (random() < 0.3) message[key] = hostileValue(random);
  }
  return message;
}

/** The senders a page's script could be: the content script in the top frame or an iframe, in several tabs; or not Parallax at all. */
function hostileSender(random: () => number): RequestSender {
  const tabId = 1 + Math.floor(random() * 5);
  const pageUrl = random() < 0.8 ? `https://ledger.example/page-${tabId}` : 'https://evil.example/page';
  const pick = random();
  if (pick < 0.75) return { id: ID, frameId: 0, url: pageUrl, tab: { id: tabId, url: pageUrl } };
  if (pick < 0.9) return { id: ID, frameId: 4, url: 'https://ads.example/frame', tab: { id: tabId, url: pageUrl } };
  return { id: 'another-extension', url: pageUrl, tab: { id: tabId, url: pageUrl } };
}

function withoutKeys(record: StoredArticle | undefined) {
  // Index keys and statistics may move as other articles arrive; the stored story may not.
  const { keys: _keys, ...rest } = record ?? ({} as StoredArticle);
  return rest;
}

test(`${MESSAGES} hostile messages: every one answered, nothing unbounded stored, no saved article changed`, { timeout: 600_000 }, async () => {
  const db = await openLibrary('hostile-messages');
  for (const report of saved) await saveArticle(db, report, 1_000, { byHand: true });
  const before = await Promise.all(saved.map(async (r) => withoutKeys(await getArticle(db, r.url))));
  let clock = 10_000;
  const deps: BackgroundDeps = { db: () => Promise.resolve(db), now: () => clock, extensionId: ID, setBadge: () => undefined, reports: reportBudget({ burst: BURST }) };
  const feeds = vi.fn(() => Promise.resolve({ ok: true as const }));
  const reader = { load: vi.fn(() => Promise.resolve(true)), budget: reportBudget({ burst: BURST }) };
  const random = mulberry32(20261123);
  const tally = { answered: 0, refused: 0, accepted: 0 };
  for (let i = 0; i < MESSAGES; i++) {
    clock += 50;
    // Reader loads have their own seeded flood (reader-requests.test.ts).
    const answer = await routeMessage(hostileMessage(random), hostileSender(random), deps, { feeds, afterReport: () => undefined, reader });
    expect(answer, `message ${i}`).toHaveProperty('ok');
    tally.answered++;
    if (answer.ok) tally.accepted++;
    else tally.refused++;
  }

  expect(tally.answered).toBe(MESSAGES);
  // Feed requests never reach the feed service from a page.
  expect(feeds).not.toHaveBeenCalled();
  // The reader's articles are exactly as they were.
  const after = await Promise.all(saved.map(async (r) => withoutKeys(await getArticle(db, r.url))));
  expect(after).toEqual(before);
  // Five tabs, each allowed a burst plus one report per refill over the run: a bound, whatever was sent.
  const minutes = (MESSAGES * 50) / 60_000;
  const bound = saved.length + 5 * (BURST + Math.ceil((minutes * 60_000) / 6_000));
  const count = await countArticles(db);
  console.info(`hostile messages: ${tally.answered} answered, ${tally.refused} refused, ${tally.accepted} accepted; ${count - saved.length} stored (bound ${bound - saved.length})`);
  expect(count).toBeLessThanOrEqual(bound);
  expect(count).toBeGreaterThan(saved.length);
  const savedUrls = new Set(saved.map((r) => r.url));
  const stored = (await db.getAll('articles')).filter((article) => !savedUrls.has(article.url));
  for (const article of stored) {
    expect(article.text.length).toBeLessThanOrEqual(LIMITS.textChars);
    expect(article.flags.length).toBeLessThanOrEqual(LIMITS.flags);
    expect(article.url.length).toBeLessThanOrEqual(LIMITS.urlChars);
    for (const field of [article.title, article.siteName, article.byline, article.excerpt]) expect((field ?? '').length).toBeLessThanOrEqual(LIMITS.fieldChars);
    // Only the senders' own sites: nothing stored under the victim's site.
    expect(article.url).toMatch(/^https:\/\/(ledger|evil)\.example\//);
  }
});
