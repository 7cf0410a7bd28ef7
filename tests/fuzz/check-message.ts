import { FLAG_CATEGORIES } from '../../core/protocol/article';
import { flagText } from '../../core/framing';
import { LIMITS, parseArticleReport, parseBackgroundRequest, type ArticleReport } from '../../core/protocol/messages';
import { checkFlags, checkMatching } from './check-account';
import type { Outcome } from './check-page';
import { checkUrl, Faults, isWellFormed, mayCarryLoneSurrogates } from './text-checks';

/**
 * The background's gate for what content scripts send, given anything at all: it must
 * answer a reason or a report within LIMITS ("the library's size must not be the page's
 * choice"), never throw. And raw strings straight into the flagger and the matcher, for
 * text no page extraction would produce (control characters, unpaired quotes, no spaces).
 */

const CATEGORIES: ReadonlySet<unknown> = new Set(FLAG_CATEGORIES);
const FLAG_KEYS = 'category,entryId,speaker,text,voice';

export function checkMessage(value: unknown): Outcome {
  const faults = new Faults();
  const started = performance.now();
  const request = faults.attempt('parse-request', () => parseBackgroundRequest(value));
  if (typeof request === 'string') checkRefusal(faults, request);
  const report = faults.attempt('parse-report', () => parseArticleReport((value as { report?: unknown } | null)?.report ?? value));
  if (report && typeof report !== 'string') checkParsedReport(faults, report, mayCarryLoneSurrogates(serialised(value)));
  if (report && typeof report === 'string') checkRefusal(faults, report);
  const times = { parse: 0, analyze: performance.now() - started, account: 0 };
  return { faults: faults.list, times, textChars: 0, flags: 0 };
}

/** A reason for refusing is logged, never shown or stored: one line of bounded length is all it owes. */
function checkRefusal(faults: Faults, reason: string): void {
  if (reason.length > 200 || /[\n\r]/.test(reason)) faults.add('message-refusal', `a refusal of ${reason.length} chars: ${JSON.stringify(reason.slice(0, 60))}`);
}

/** Whatever was sent, the report kept is of the documented shape and size. */
function checkParsedReport(faults: Faults, report: ArticleReport, brokenInput: boolean): void {
  const url = new Faults();
  checkUrl(url, 'message url', report.url, LIMITS.urlChars, false);
  for (const fault of url.list) faults.add(`message-${fault.invariant}`, fault.detail);
  for (const key of ['title', 'siteName', 'byline', 'publishedTime', 'lang', 'excerpt', 'text'] as const) {
    const value = report[key];
    const max = key === 'text' ? LIMITS.textChars : LIMITS.fieldChars;
    if (value !== null && (typeof value !== 'string' || value.length > max)) faults.add('message-field', `${key} is ${typeof value} of ${String(value).length}`);
    // A field cut at its limit must not end in half a surrogate pair.
    if (!brokenInput && typeof value === 'string' && !isWellFormed(value)) faults.add('message-lone-surrogate', `${key} is cut inside a surrogate pair`);
  }
  if (!Array.isArray(report.flags) || report.flags.length > LIMITS.flags) faults.add('message-flags', `${report.flags.length} flags`);
  for (const flag of report.flags) {
    const keys = Object.keys(flag).sort().join(',');
    if (keys !== FLAG_KEYS) faults.add('message-flag-keys', `a flag kept with keys ${keys.slice(0, 80)}`);
    if (!CATEGORIES.has(flag.category)) faults.add('message-flag-category', `a flag kept with category ${JSON.stringify(flag.category).slice(0, 40)}`);
    if (typeof flag.speaker === 'string' && flag.speaker.length > LIMITS.fieldChars) faults.add('message-flag-speaker', `a speaker of ${flag.speaker.length} chars kept`);
    if (flag.category.length > 100) faults.add('message-flag-category', `a category of ${flag.category.length} chars kept`);
    if (!brokenInput && !(isWellFormed(flag.text) && isWellFormed(flag.entryId))) faults.add('message-lone-surrogate', 'a flag text or entry id cut inside a surrogate pair');
  }
  const size = JSON.stringify(report).length;
  const bound = LIMITS.textChars * 6 + LIMITS.fieldChars * 6 * 6 + LIMITS.flags * 2_000 + LIMITS.urlChars * 6;
  if (size > bound) faults.add('message-size', `a report of ${size} chars of JSON kept`);
}

/** The value as JSON, to look for lone surrogates in its strings; values JSON cannot hold count as holding them. */
function serialised(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '\ud800';
  }
}

/** A raw string as an article's text: flags at the right offsets, a fingerprint, a match. */
export function checkText(text: string, brokenInput: boolean): Outcome {
  const faults = new Faults();
  const started = performance.now();
  const flags = faults.attempt('flag', () => flagText(text)) ?? [];
  checkFlags(faults, text, flags, brokenInput);
  const flagged = performance.now();
  checkMatching(
    faults,
    { url: 'https://raw.example/text', title: null, siteName: null, byline: null, publishedTime: null, lang: null, excerpt: null, text, flags: [] },
    brokenInput,
  );
  const times = { parse: 0, analyze: flagged - started, account: performance.now() - flagged };
  return { faults: faults.list, times, textChars: text.length, flags: flags.length };
}
