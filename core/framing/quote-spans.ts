/**
 * Finds direct quotations, so a flag can say whose words it is (see find-flags.ts).
 *
 * One left-to-right pass with at most one open double and one open single quotation,
 * jumping between quote marks and line breaks with a regex, so any input — five
 * megabytes, or nothing but quote marks — is read once. Handles “…”, "…", „…“, «…», »…«,
 * ‘…’ and '…'. A single mark opens a quotation only at a word start (after a space or a
 * bracket, before a letter) and closes one only at a word end, so apostrophes ("don't",
 * "’90s", "leaders’") are left alone; a single quotation that does not close within its
 * paragraph, or within MAX_SINGLE characters, was an apostrophe after all.
 *
 * News convention leaves a quotation open at the end of a paragraph when the next one
 * carries on the same speech and opens with a quote mark again; such a quotation runs
 * on, up to MAX_PARAGRAPHS and MAX_DOUBLE characters. A paragraph that ends with a
 * quotation open and is not followed by a new opening mark closes it there.
 */

export interface QuoteSpan {
  /** The whole quotation, marks included (UTF-16 offsets into the text). */
  start: number;
  end: number;
  /** The quoted words, marks excluded. */
  contentStart: number;
  contentEnd: number;
  /** Single marks (‘…’ or '…') rather than double. */
  single: boolean;
  /** Lies inside another quotation. */
  nested: boolean;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
}

const MAX_SINGLE = 300;
const MAX_DOUBLE = 6000;
const MAX_PARAGRAPHS = 8;
const MARKS = /["'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\n]/g;
const DOUBLE_OPENERS = '"\u201C\u201E\u00AB\u00BB';
const BEFORE_OPENING = /[\s([{<\u2014\u2013\-/:"'\u201C\u201E\u2018\u00AB\u00BB]/u;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

interface Open {
  start: number;
  closers: string;
  paragraphs: number;
}

function at(text: string, i: number): string {
  return i >= 0 && i < text.length ? text.charAt(i) : '';
}

function opensAt(text: string, i: number): boolean {
  const before = at(text, i - 1);
  const after = at(text, i + 1);
  return (before === '' || BEFORE_OPENING.test(before)) && after !== '' && !SPACE.test(after);
}

function singleOpensAt(text: string, i: number): boolean {
  const before = at(text, i - 1);
  return (before === '' || BEFORE_OPENING.test(before)) && LETTER.test(at(text, i + 1));
}

function singleClosesAt(text: string, i: number): boolean {
  const before = at(text, i - 1);
  return before !== '' && !SPACE.test(before) && !WORD_CHAR.test(at(text, i + 1));
}

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 0xa0) return true;
  }
  return false;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let double: Open | null = null;
  let single: Open | null = null;

  const record = (open: Open, end: number, closed: boolean, isSingle: boolean): void => {
    const contentEnd = closed ? end - 1 : end;
    if (!hasNonSpace(text, open.start + 1, contentEnd)) return; // "" and “ ” quote nothing
    spans.push({ start: open.start, end, contentStart: open.start + 1, contentEnd, single: isSingle, nested: false, closed });
  };

  MARKS.lastIndex = 0;
  // `test` moves lastIndex past the mark without allocating a match: text made only of
  // quote marks has millions of them.
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const mark = text.charAt(i);
    if (single && i - single.start > MAX_SINGLE) single = null;
    if (double && i - double.start > MAX_DOUBLE) {
      record(double, i, false, false);
      double = null;
    }
    if (mark === '\n') {
      single = null;
      if (!double) continue;
      let next = i + 1;
      while (next < text.length && SPACE.test(text.charAt(next))) next++;
      if (DOUBLE_OPENERS.includes(at(text, next)) && double.paragraphs < MAX_PARAGRAPHS) {
        double.paragraphs++; // the same speech goes on; its reopening mark is not a new quotation
        MARKS.lastIndex = next + 1;
      } else {
        let end = i;
        while (end > double.start && SPACE.test(text.charAt(end - 1))) end--;
        record(double, end, false, false);
        double = null;
      }
      continue;
    }
    if (mark === '\u2018' || mark === '\u2019' || mark === "'") {
      if (single && mark !== '\u2018' && singleClosesAt(text, i)) {
        record(single, i + 1, true, true);
        single = null;
      } else if (!single && mark !== '\u2019' && singleOpensAt(text, i)) {
        single = { start: i, closers: "'\u2019", paragraphs: 0 };
      }
      continue;
    }
    if (double && double.closers.includes(mark) && (mark !== '"' || !SPACE.test(at(text, i - 1)) || !opensAt(text, i))) {
      // A single quotation opened inside this one cannot outlive it.
      if (single && single.start > double.start) single = null;
      record(double, i + 1, true, false);
      double = null;
      continue;
    }
    // French puts a space inside guillemets (« nous »), so « opens whatever follows it.
    if (!double && (mark === '\u00AB' || opensAt(text, i))) {
      const closers: string = mark === '\u201E' ? '\u201C\u201D' : mark === '\u00AB' ? '\u00BB' : mark === '\u00BB' ? '\u00AB' : mark === '"' ? '"' : '\u201D';
      double = { start: i, closers, paragraphs: 0 };
    }
  }
  if (double) record(double, text.length, false, false);
  return markNested(spans);
}

/** Sorts by start and marks quotations that sit inside an earlier, longer one. */
function markNested(spans: QuoteSpan[]): QuoteSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let outerEnd = -1;
  for (const span of spans) {
    if (span.end <= outerEnd) span.nested = true;
    else outerEnd = span.end;
  }
  return spans;
}

/** The outermost quotation containing [start, end), or null (spans sorted by start). */
export function quoteAround(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan | null {
  let low = 0;
  let high = spans.length - 1;
  let best = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((spans[mid]?.start ?? 0) <= start) {
      best = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  // Walk back past nested spans to the outermost one that still covers the range.
  for (let k = best; k >= 0; k--) {
    const span = spans[k];
    if (!span) break;
    if (!span.nested && span.contentStart <= start && end <= span.contentEnd) return span;
    if (!span.nested && span.end <= start) return null;
  }
  return null;
}
