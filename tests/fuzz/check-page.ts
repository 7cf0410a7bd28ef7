import { parseDocument } from '../../cli/parse-document';
import { newsReasonLines } from '../../cli/news-reasons';
import { analyzeDocument, type PageAnalysis } from '../../dom/pipeline/analyze-document';
import { articleReport } from '../../dom/pipeline/article-report';
import type { TextRun } from '../../dom/extraction/article-text';
import { checkFlags, checkMatching, checkReportAccepted } from './check-account';
import { findSentinels, pageSignature, sentinelsAsText, sentinelsInTemplates } from './page-walk';
import type { PageCase } from './structure-pages';
import { checkBody, checkDate, checkLine, checkUrl, Faults, mayCarryLoneSurrogates, type Fault } from './text-checks';

/**
 * One page through everything the extension does with it: parsed as the CLI parses
 * (linkedom), analysed as the content script does (always extracting, offsets mapped to
 * the page), reported, validated as the background validates, fingerprinted and matched.
 * Nothing may throw, the page must be left as it was, and every output must be text.
 */

/** Milliseconds per step; `analyze` and `account` are the product's work, `parse` is linkedom's. */
export interface StepTimes {
  /** linkedom's parse of a page (0 for other inputs): a page's baseline. */
  parse: number;
  /** Detection, extraction and flagging; a feed's parse; a message's validation; a text's flagging. */
  analyze: number;
  /** Report, validation and matching. */
  account: number;
}

export interface Outcome {
  faults: Fault[];
  times: StepTimes;
  /** Characters of article text, for the report (did extraction run at all?). */
  textChars: number;
  flags: number;
}

/** `articleText`'s default cap. */
const TEXT_MAX = 2_000_000;
const FIELD_MAX = 1_000;

export function checkPage({ html, url }: PageCase): Outcome {
  const faults = new Faults();
  const times: StepTimes = { parse: 0, analyze: 0, account: 0 };
  const brokenInput = mayCarryLoneSurrogates(html);
  let at = performance.now();
  const lap = (step: keyof StepTimes) => {
    const now = performance.now();
    times[step] = now - at;
    at = now;
  };
  const doc = faults.attempt('parse', () => parseDocument(html));
  lap('parse');
  if (!doc) return { faults: faults.list, times, textChars: 0, flags: 0 };
  // linkedom builds a missing <head>, <body> or <title> the first time one is asked for (a
  // browser answers null): asked for here, so that is not taken for analysis changing the page.
  void doc.body;
  void doc.title;
  const before = pageSignature(doc);
  at = performance.now();
  const analysis = faults.attempt('analyze', () => analyzeDocument(doc, url, { always: true, mapToLive: true }));
  lap('analyze');
  if (!analysis) return { faults: faults.list, times, textChars: 0, flags: 0 };
  if (pageSignature(doc) !== before) faults.add('page-changed', 'the page differs after analysis');
  const text = analysis.extraction?.article.text ?? '';
  checkAnalysis(faults, doc, analysis, brokenInput);
  at = performance.now();
  const report = faults.attempt('report', () => articleReport(analysis.extraction!.article, url, analysis.flags, analysis.pieceType));
  if (report) {
    checkUrl(faults, 'report url', report.url, Infinity, false);
    const kept = checkReportAccepted(faults, report);
    if (kept) checkMatching(faults, kept, brokenInput);
  }
  lap('account');
  return { faults: faults.list, times, textChars: text.length, flags: analysis.flags.length };
}

function checkAnalysis(faults: Faults, doc: Document, analysis: PageAnalysis, brokenInput: boolean): void {
  const { verdict, metadata, extraction, flags } = analysis;
  if (typeof verdict.isNews !== 'boolean' || !(verdict.score >= 0 && verdict.score <= 1)) faults.add('verdict-shape', `isNews ${verdict.isNews}, score ${verdict.score}`);
  // The reasons are shown in the popup: each is one line of text.
  newsReasonLines(verdict.reasons).forEach((reason, i) => checkLine(faults, `reason ${i}`, reason, { max: 300, brokenInput }));
  checkMetadata(faults, metadata, brokenInput);
  if (!extraction) return faults.add('extraction-missing', 'always: true gave no extraction');
  const { article } = extraction;
  const line = { max: FIELD_MAX, nullable: true, brokenInput };
  for (const key of ['title', 'siteName', 'byline', 'lang', 'excerpt'] as const) checkLine(faults, `article ${key}`, article[key], line);
  checkDate(faults, 'article publishedTime', article.publishedTime);
  checkUrl(faults, 'article canonicalUrl', article.canonicalUrl, Infinity);
  checkBody(faults, 'article text', article.text, { max: TEXT_MAX, brokenInput });
  extraction.warnings.forEach((warning, i) => checkLine(faults, `warning ${i}`, warning, { max: 400, brokenInput: true }));
  checkRuns(faults, doc, article.text, extraction.runs);
  checkFlags(faults, article.text, flags, brokenInput);
  // The kind's evidence is shown in the popup too: one bounded line each.
  analysis.pieceType.reasons.forEach((r, i) => checkLine(faults, `piece reason ${i}`, r.evidence, { max: 120, brokenInput }));
  const outputs = [
    ...analysis.pieceType.reasons.map((r) => r.evidence),
    ...Object.values(article).filter((v): v is string => typeof v === 'string'),
    ...metadata.authors,
    ...metadata.headlines,
    ...flags.flatMap((f) => [f.text, f.speaker ?? '']),
  ];
  checkSentinels(faults, doc, outputs);
}

/** What the head says, as detection reads it and extraction falls back on. */
function checkMetadata(faults: Faults, metadata: PageAnalysis['metadata'], brokenInput: boolean): void {
  const line = { max: FIELD_MAX, nullable: true, brokenInput };
  for (const key of ['title', 'siteName', 'lang', 'excerpt', 'section'] as const) checkLine(faults, `metadata ${key}`, metadata[key], line);
  metadata.authors.forEach((name, i) => checkLine(faults, `metadata author ${i}`, name, { ...line, nullable: false }));
  metadata.headlines.forEach((headline, i) => checkLine(faults, `metadata headline ${i}`, headline, { ...line, nullable: false }));
  checkDate(faults, 'metadata publishedTime', metadata.publishedTime);
  checkUrl(faults, 'metadata canonicalUrl', metadata.canonicalUrl, Infinity);
}

/** Markup read as text: a sentinel in an output that the page does not hold as text. */
function checkSentinels(faults: Faults, doc: Document, outputs: readonly string[]): void {
  const leaked = findSentinels(outputs);
  if (leaked.length === 0) return;
  // Only now is the page walked for them: a sentinel it holds as text may be shown as text.
  const asText = sentinelsAsText(doc);
  const unexplained = leaked.filter((sentinel) => !asText.has(sentinel));
  if (unexplained.length === 0) return;
  const reparsed = sentinelsAsText(reserialised(doc));
  const templated = sentinelsInTemplates(doc);
  for (const sentinel of unexplained) {
    if (reparsed.has(sentinel)) faults.add('markup-leak-linkedom', `"${sentinel}" became text when linkedom re-parsed its own serialisation`);
    else if (templated.has(sentinel)) faults.add('markup-leak-linkedom', `"${sentinel}" is in a <template>, whose content linkedom keeps in the tree`);
    else faults.add('markup-leak', `"${sentinel}" from the page's markup is in the output`);
  }
}

/**
 * The page after what Readability does when its first try finds too little
 * (`page.innerHTML = pageCacheHtml`): serialised and parsed again. linkedom's serialiser and
 * parser disagree on hostile tag names ("<ti<slot>tle>"), so some markup comes back as text;
 * a browser's agree.
 */
function reserialised(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  if (!copy.body) return copy;
  // eslint-disable-next-line no-restricted-syntax -- a detached copy, to reproduce Readability's own retry
  const html = copy.body.innerHTML;
  // eslint-disable-next-line no-restricted-syntax
  copy.body.innerHTML = html;
  return copy;
}

/**
 * Highlighting draws each flag through the runs: every run must say truly which
 * characters of which Text node of *this* page it covers, in order.
 */
function checkRuns(faults: Faults, doc: Document, text: string, runs: readonly TextRun[]): void {
  let previousEnd = 0;
  for (const run of runs) {
    const data = run.node?.data;
    if (typeof data !== 'string' || run.node.ownerDocument !== doc) {
      faults.add('run-node', `a run at ${run.start} maps to no Text node of the page`);
      return;
    }
    if (run.start < previousEnd || run.length <= 0 || run.start + run.length > text.length) {
      faults.add('run-order', `run [${run.start}, +${run.length}) after ${previousEnd}, text of ${text.length}`);
      return;
    }
    if (text.slice(run.start, run.start + run.length) !== data.slice(run.nodeOffset, run.nodeOffset + run.length)) {
      faults.add('run-text', `run at ${run.start}: text and page differ (${JSON.stringify(text.slice(run.start, run.start + 30))})`);
      return;
    }
    previousEnd = run.start + run.length;
  }
}
