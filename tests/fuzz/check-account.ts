import { FLAG_CATEGORIES, type Flag } from '../../core/protocol/article';
import { EventIndex } from '../../core/matching/event-index';
import { fingerprint, type Fingerprint } from '../../core/matching/fingerprint';
import { MATCH_THRESHOLD } from '../../core/matching/score';
import { LIMITS, parseArticleReport, type ArticleReport } from '../../core/protocol/messages';
import { indexEntry } from '../../db/index-entry';
import { defaultParts } from './article-templates';
import { rand } from './fuzz-random';
import { checkLine, type Faults } from './text-checks';

/**
 * What happens to an article after it is read, checked: its flags against its text, the
 * background's validation of the report, and the matcher (fingerprint, index, query).
 */

const CATEGORIES: ReadonlySet<string> = new Set(FLAG_CATEGORIES);
/**
 * A fingerprint "is one or two kilobytes of plain JSON whatever the input"
 * (fingerprint.ts); eight leaves room for long names and non-Latin scripts, and catches
 * features that grow with the page (a 20,000-character "word").
 */
export const FINGERPRINT_MAX_CHARS = 8_000;

/** Offsets inside the text, the text at them, sorted, apart, and every field of the right kind. */
export function checkFlags(faults: Faults, text: string, flags: readonly Flag[], brokenInput: boolean): void {
  if (!Array.isArray(flags)) return faults.add('flag-shape', 'flags is not an array');
  let previousEnd = 0;
  flags.forEach((flag, i) => {
    const where = `flag ${i} (${flag.entryId})`;
    if (!Number.isInteger(flag.start) || !Number.isInteger(flag.end) || flag.start < 0 || flag.end <= flag.start || flag.end > text.length) {
      faults.add('flag-bounds', `${where} is [${flag.start}, ${flag.end}) in a text of ${text.length}`);
      return;
    }
    if (text.slice(flag.start, flag.end) !== flag.text) faults.add('flag-text', `${where}: text.slice gives ${JSON.stringify(text.slice(flag.start, flag.end).slice(0, 40))}, flag says ${JSON.stringify(flag.text.slice(0, 40))}`);
    if (flag.start < previousEnd) faults.add('flag-order', `${where} starts at ${flag.start}, before the previous flag ends (${previousEnd})`);
    previousEnd = flag.end;
    if (!CATEGORIES.has(flag.category) || (flag.voice !== 'outlet' && flag.voice !== 'quote') || !flag.entryId || typeof flag.explanation !== 'string' || !Array.isArray(flag.neutral)) {
      faults.add('flag-shape', `${where}: ${JSON.stringify({ ...flag, explanation: undefined }).slice(0, 160)}`);
    }
    checkLine(faults, `${where} text`, flag.text.replace(/\s+/g, ' '), { max: 500, brokenInput });
    checkLine(faults, `${where} speaker`, flag.speaker, { max: 200, nullable: true, brokenInput });
  });
}

/**
 * The background's check of what the content script sends must take a report the content
 * script made from any page, and keep it as it was (but for the text's documented cap).
 */
export function checkReportAccepted(faults: Faults, report: ArticleReport): ArticleReport | null {
  const parsed = faults.attempt('parse-report', () => parseArticleReport(structuredClone(report)));
  if (parsed === undefined) return null;
  if (typeof parsed === 'string') {
    // An address over the limit is refused by design; anything else the page made must pass.
    if (report.url.length <= LIMITS.urlChars) faults.add('report-refused', `the background refuses the page's own report: ${parsed}`);
    return null;
  }
  const expected: ArticleReport = { ...report, text: report.text.slice(0, LIMITS.textChars), flags: report.flags.slice(0, LIMITS.flags) };
  for (const key of Object.keys(expected) as Array<keyof ArticleReport>) {
    if (JSON.stringify(parsed[key]) !== JSON.stringify(expected[key])) faults.add('report-changed', `the background keeps a different ${key}`);
  }
  return parsed;
}

let baseAccounts: Fingerprint[] | null = null;

/** Three ordinary articles about the templates' people and places: candidates for every query. */
function base(): Fingerprint[] {
  baseAccounts ??= [1, 2, 3].map((seed) => {
    const parts = defaultParts(rand(seed));
    return fingerprint({ id: `base-${seed}`, title: parts.headline, text: parts.paragraphs.join('\n\n'), outlet: parts.siteName, url: `https://base.example/${seed}`, date: parts.date });
  });
  return baseAccounts;
}

function checkFingerprint(faults: Faults, fp: Fingerprint, brokenInput: boolean): void {
  const size = JSON.stringify(fp).length;
  if (size > FINGERPRINT_MAX_CHARS) faults.add('fingerprint-size', `the fingerprint is ${size} chars of JSON`);
  for (const list of [fp.words, fp.names, fp.nums]) {
    if (list.k.length !== list.w.length || list.k.length !== list.d.length || ('c' in list && (list as { c: string }).c.length !== list.k.length)) faults.add('fingerprint-shape', 'feature lists of different lengths');
    if (!list.k.every((k) => typeof k === 'string' && k.length > 0)) faults.add('fingerprint-shape', 'an empty or non-string key');
    if (!list.w.every(Number.isFinite)) faults.add('fingerprint-shape', 'a weight is not finite');
  }
  if (fp.time !== null && !Number.isFinite(fp.time)) faults.add('fingerprint-shape', `time is ${fp.time}`);
  // A quotation is shown in the popup's reasons: cut near 160 characters, never inside a pair.
  for (const quote of fp.quotes) checkLine(faults, 'quote', quote.t, { max: 161, brokenInput });
}

/**
 * The report as the library indexes it: fingerprinted, added beside three ordinary
 * accounts and a twin (the same report at another address), and queried. The query must
 * list only held accounts other than itself, scored 0..1 and best first; a report with
 * something to match on must find its twin.
 */
export function checkMatching(faults: Faults, report: ArticleReport, brokenInput: boolean): void {
  const entry = faults.attempt('fingerprint', () => indexEntry(report));
  if (!entry) return;
  checkFingerprint(faults, entry.fingerprint, brokenInput);
  const index = new EventIndex();
  const twinId = `twin:${report.url}`;
  const matches = faults.attempt('match', () => {
    for (const fp of base()) index.add(fp);
    index.add(entry.fingerprint);
    index.add({ ...entry.fingerprint, id: twinId, url: `${entry.fingerprint.url ?? report.url}#twin` });
    return index.query(entry.url);
  });
  if (!matches) return;
  let previous = Infinity;
  for (const m of matches) {
    if (m.id === entry.url || !index.has(m.id)) faults.add('match-shape', `the query lists ${m.id}`);
    if (!(m.score >= MATCH_THRESHOLD && m.score <= 1) || m.score > previous) faults.add('match-shape', `score ${m.score} after ${previous}`);
    previous = m.score;
  }
  const fp = entry.fingerprint;
  const telling = fp.words.k.length + fp.names.k.length + fp.nums.k.length + fp.quotes.length;
  if (telling >= 3 && !matches.some((m) => m.id === twinId)) faults.add('twin-missed', `a report with ${telling} features did not find its own twin`);
}
