import { feedArticle } from '../../background/feeds/check-outlet';
import { flagText } from '../../core/framing';
import { summariseFlag } from '../../core/framing/flag-summaries';
import { collectItems } from '../../core/feeds/collect-items';
import { parseFeedXml, rootElement } from '../../core/feeds/feed-xml';
import { FEED_LIMITS, type FeedItem } from '../../core/feeds/feed-types';
import { parseFeed } from '../../core/feeds/parse-feed';
import { readAtom } from '../../core/feeds/read-atom';
import { readJsonFeed } from '../../core/feeds/read-json-feed';
import { readRss } from '../../core/feeds/read-rss';
import { checkFlags, checkMatching, checkReportAccepted } from './check-account';
import type { Outcome } from './check-page';
import type { FeedCase } from './feed-sources';
import { findSentinels } from './page-walk';
import { checkBody, checkDate, checkLine, checkUrl, Faults, isWellFormed, mayCarryLoneSurrogates } from './text-checks';

/**
 * One feed through what the background does with it: parsed, each story checked as text,
 * turned into an article (`feedArticle`, flagged with the builtin lexicon), validated and
 * matched like a page's. `parseFeed` catches whatever its readers throw and says
 * "not a feed"; when it says so, the readers are run again without that net, so a throw
 * it hid still counts as a fault.
 */

const NOW = Date.parse('2025-06-01T00:00:00Z');
const REASONS = new Set(['empty', 'too-large', 'html-page', 'not-a-feed', 'broken']);
const OUTLET = { id: 'fuzz', name: 'Fuzz Outlet', siteUrl: 'https://feeds.example/', feedUrls: [], fetchFullText: false, paused: false, addedAt: 0 };

export function checkFeed({ text, url, mutated = false }: FeedCase): Outcome {
  const faults = new Faults();
  const brokenInput = mayCarryLoneSurrogates(text);
  const started = performance.now();
  const result = faults.attempt('parse-feed', () => parseFeed(text, url, { now: NOW }));
  const parsed = performance.now();
  const times = { parse: 0, analyze: parsed - started, account: 0 };
  if (!result) return { faults: faults.list, times, textChars: 0, flags: 0 };
  if (!result.ok) {
    if (!REASONS.has(result.reason) || typeof result.message !== 'string') faults.add('feed-shape', `failure ${JSON.stringify(result).slice(0, 100)}`);
    if (result.reason === 'not-a-feed') faults.attempt('feed-readers', () => readWithoutNet(text, url));
    return { faults: faults.list, times, textChars: 0, flags: 0 };
  }
  const { feed } = result;
  checkLine(faults, 'feed title', feed.title, { max: FEED_LIMITS.titleChars, brokenInput });
  checkUrl(faults, 'feed siteUrl', feed.siteUrl, FEED_LIMITS.urlChars);
  if (feed.items.length > FEED_LIMITS.maxItems || !(feed.beyondLimit >= 0)) faults.add('feed-shape', `${feed.items.length} items, ${feed.beyondLimit} beyond`);
  feed.skipped.forEach((skip, i) => checkLine(faults, `skipped ${i}`, skip.reason, { max: 200, brokenInput: false }));
  let textChars = 0;
  let flags = 0;
  for (const [i, item] of feed.items.entries()) {
    checkItem(faults, `item ${i}`, item, brokenInput, mutated);
    const report = faults.attempt('feed-article', () => feedArticle(item, OUTLET, { flag: (t) => flagText(t).map(summariseFlag) }));
    if (!report) continue;
    const found = faults.attempt('flag', () => flagText(report.text));
    if (found) checkFlags(faults, report.text, found, brokenInput);
    if (!brokenInput && report.excerpt !== null && !isWellFormed(report.excerpt)) faults.add('feed-excerpt-surrogate', `item ${i} excerpt is cut inside a surrogate pair`);
    const kept = checkReportAccepted(faults, report);
    if (kept) checkMatching(faults, kept, brokenInput);
    textChars += report.text.length;
    flags += found?.length ?? 0;
  }
  times.account = performance.now() - parsed;
  return { faults: faults.list, times, textChars, flags };
}

function checkItem(faults: Faults, name: string, item: FeedItem, brokenInput: boolean, mutated: boolean): void {
  checkUrl(faults, `${name} url`, item.url, FEED_LIMITS.urlChars, false);
  checkLine(faults, `${name} title`, item.title, { max: FEED_LIMITS.titleChars, brokenInput });
  checkBody(faults, `${name} summary`, item.summary, { max: FEED_LIMITS.summaryChars, brokenInput });
  checkLine(faults, `${name} author`, item.author, { max: FEED_LIMITS.authorChars, nullable: true, brokenInput });
  if (item.guid !== null && (typeof item.guid !== 'string' || item.guid.length > FEED_LIMITS.guidChars)) faults.add('field-length', `${name} guid`);
  checkDate(faults, `${name} published`, item.published);
  // A summary is HTML read as text: no tag, script or comment of it may remain.
  if (!mutated) for (const sentinel of findSentinels([item.summary])) faults.add('markup-leak', `"${sentinel}" is in ${name} summary`);
}

/** `parseFeed`'s own steps, without its catch-all. */
function readWithoutNet(text: string, url: string): void {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('{') || body.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return;
    }
    const reading = readJsonFeed(json, url);
    if (reading) collectItems(reading.sources, FEED_LIMITS.maxItems, NOW);
    return;
  }
  if (!body.startsWith('<')) return;
  const root = rootElement(parseFeedXml(body));
  if (!root || !['rss', 'feed', 'rdf:rdf'].includes(root.name)) return;
  const reading = root.name === 'feed' ? readAtom(root, body, url) : readRss(root, body, url);
  collectItems(reading.sources, FEED_LIMITS.maxItems, NOW);
}
