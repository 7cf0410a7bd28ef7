import { isProbablyReaderable } from './probably-readerable';
import type { NewsReason, NewsSignalId, NewsWeights } from '../../core/detection/news-signals';
import { settledVerdict } from '../../core/detection/settled-verdict';
import { denseScriptWeight, readerableOptions } from './dense-script';
import { shadowContentDocument } from '../extraction/flatten-shadow';
import { framedArticle } from './main-frame';
import type { PageMetadata } from '../metadata/read-metadata';
import { probeShadowRoots, shadowOutweighsLight } from '../extraction/shadow-roots';
import { quotesPeopleIn } from './quoted-speech';
import { wireCreditIn } from '../../core/detection/wire-credit';
import { runningTextBlock } from './text-block';
import { DATELINE, datelineIn, leadParagraphTexts } from './datelines';
import { firstInArticle } from './first-element';
import type { AddSignal } from './url-signals';
import { visibleByline } from '../metadata/visible-byline';
import { visibleDate } from '../metadata/visible-date';

/**
 * The news detector's second stage: what the page's body says, read only when the head,
 * the address and the menus leave the verdict open. Cheapest first: whether the body reads
 * like an article, then from the first paragraphs' text (read once) a dateline and
 * quotations, and last the walks for a byline and a date printed under the headline, each
 * skipped once it could no longer change the answer (core/detection/settled-verdict.ts).
 */

/** Characters of a <br>-set story read for quotations. */
const MAX_BLOCK_TEXT = 20_000;
/** Where a framed story's verdict is pulled to at most: nearer even odds, still not news. */
const FRAMED_LOGIT = -0.5;

/** The signals found so far, and how to add one by its id. */
export interface Tally {
  signals: NewsReason[];
  add: AddSignal;
  weights: NewsWeights;
  prior: number;
  /** Read every signal, even those that can no longer change the answer (evaluations that weigh them again). */
  readEverything: boolean;
}

/**
 * Does the body read like an article? Only a light DOM that does not is probed further: for
 * an article in open shadow roots (read from a copy of what they render), then for one in a
 * frame (which cannot be read, and leaves the verdict nearer even odds, never past them).
 */
export function bodySignals(
  doc: Document,
  lead: string,
  meta: PageMetadata,
  tally: Tally,
  quotesCount: boolean,
  /** The page's <article>s, when the caller has looked them up. */
  articles: readonly Element[] = Array.from(doc.getElementsByTagName('article')),
): void {
  const { add } = tally;
  let body = doc;
  let readable = isProbablyReaderable(doc);
  if (!readable) {
    // Chinese, Japanese, Korean or Thai text says as much in fewer characters.
    const weight = denseScriptWeight(doc);
    if (weight > 1.2) readable = isProbablyReaderable(doc, readerableOptions(weight));
  }
  const probe = readable ? null : probeShadowRoots(doc);
  const shadow = probe && shadowOutweighsLight(probe) ? shadowContentDocument(doc, probe) : null;
  if (shadow && isProbablyReaderable(shadow)) {
    body = shadow;
    readable = true;
    add('shadow-content');
  }
  if (readable) {
    add('readable-body');
    // Only a page that reads like an article is searched further for news copy's datelines.
    const texts = leadParagraphTexts(body);
    const dateline = DATELINE.test(lead) ? null : datelineIn(texts);
    const quoted = quotesCount && quotesPeopleIn(texts);
    // A dated dateline ("Feb. 23, 2015 -- ") is a dateline and a publication date at once.
    // A shadow root's copy is another document, with <article>s of its own.
    const bodyArticles = body === doc ? articles : Array.from(body.getElementsByTagName('article'));
    printedSigns(body, meta, tally, dateline === 'dated' ? 'dated-dateline' : dateline === 'place' ? 'place-dateline' : null, quoted, wireCreditIn(texts), bodyArticles);
    return;
  }
  // A story set as <br>-separated lines in a table cell, as pages before the <p> habit are.
  const block = runningTextBlock(doc);
  if (block) {
    add('text-block');
    const text = [(block.textContent ?? '').slice(0, MAX_BLOCK_TEXT)];
    printedSigns(doc, meta, tally, null, quotesCount && quotesPeopleIn(text), wireCreditIn(text), articles);
    return;
  }
  add('unreadable-body');
  const logit = total(tally);
  if (probe && logit < FRAMED_LOGIT && framedArticle(doc, probe.lightChars)) {
    tally.signals.push({ id: 'framed-article-pull', weight: Math.min(tally.weights['framed-article-pull'], FRAMED_LOGIT - logit) });
  }
}

/**
 * Pages older than structured data, or that carry none, still print the day and the writer
 * under the headline. Both are found by walking the page (the date by far the dearer), so
 * each is looked for only while it could still change the verdict: on most pages that are
 * not news the date is never looked for. The signals are added in one order whatever was read.
 */
function printedSigns(
  doc: Document,
  meta: PageMetadata,
  tally: Tally,
  dateline: NewsSignalId | null,
  quoted: boolean,
  agency: string | null,
  articles: readonly Element[],
): void {
  const { add, weights } = tally;
  let logit = total(tally) + (dateline ? weights[dateline] : 0) + (quoted ? weights['quoted-speech'] : 0) + (agency ? weights['wire-credit'] : 0);
  // A dated dateline is the printed date already; a date or an author in the head needs no printed one.
  const dateUnread = !meta.publishedTime && dateline !== 'dated-dateline';
  let bylineUnread = meta.authors.length === 0;
  const stillOpen = () =>
    tally.readEverything ||
    settledVerdict(logit, [dateUnread ? weights['date-under-headline'] : 0, bylineUnread ? weights['byline-under-headline'] : 0]) === null;
  // Looked up only when a walk needs it: on a settled page neither runs.
  let headline: Element | null | undefined;
  const headlineOf = () => (headline === undefined ? (headline = firstInArticle(doc, 'h1', articles)) : headline);
  let byline = false;
  let date = false;
  if (bylineUnread && stillOpen()) {
    byline = visibleByline(doc, headlineOf(), meta.siteName).names.length > 0;
    if (byline) logit += weights['byline-under-headline'];
  }
  bylineUnread = false;
  if (dateUnread && stillOpen()) {
    const dayFirst = !!meta.lang && !/^en(-us)?$/i.test(meta.lang);
    date = visibleDate(doc, headlineOf(), dayFirst) !== null;
  }
  if (dateline) add(dateline);
  if (date) add('date-under-headline');
  if (byline) add('byline-under-headline');
  if (quoted) add('quoted-speech');
  if (agency) add('wire-credit', agency);
}

export function total({ signals, prior }: Pick<Tally, 'signals' | 'prior'>): number {
  return signals.reduce((sum, s) => sum + s.weight, prior);
}
