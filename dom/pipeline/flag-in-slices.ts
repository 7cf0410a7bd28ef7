import type { Flag } from '../../core/protocol/article';
import { findQuoteSpans, flagText, wholeTextShareOf, type FlagOptions, type QuoteSpan } from '../../core/framing';

/**
 * Flags a long text a slice at a time, so a ten-times-long article does not hold the
 * page for one long task. A generator: the caller runs one slice per task and yields to
 * the page in between.
 *
 * Slices end at paragraph breaks outside every quotation, which keeps the flags what one
 * pass over the whole text would give: phrases, context rules and speakers never look
 * across a paragraph break (the tokenizer treats "\n" as a hard boundary), and a
 * quotation scan starting at a paragraph no quotation runs through finds the same
 * quotations. One check reaches further: a short quotation is not taken for a scare
 * quote when a longer quotation up to 20 000 characters away contains it, and only the
 * slice is searched. Texts shorter than a slice are flagged in one pass, as before.
 */

/** Characters per slice: a normal article (5-10 000 characters) is one slice. @default 12_000 */
export const FLAG_SLICE_CHARS = 12_000;

export function* flagInSlices(text: string, options: FlagOptions, sliceChars = FLAG_SLICE_CHARS): Generator<void, Flag[]> {
  if (text.length <= sliceChars) return flagText(text, options);
  const bounds = sliceBounds(text, findQuoteSpans(text), sliceChars);
  // The learned scorer weighs how charged the whole text is: each slice is told. Reading
  // the whole text for it takes a task of its own on a long article, before the first slice.
  const sliceOptions = { ...options, wholeTextShare: options.wholeTextShare ?? wholeTextShareOf(text, options) };
  const flags: Flag[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    yield;
    const from = bounds[i]!;
    for (const flag of flagText(text.slice(from, bounds[i + 1]), sliceOptions)) {
      flags.push({ ...flag, start: flag.start + from, end: flag.end + from });
    }
  }
  return flags;
}

/** Offsets where slices start, then the text's length: each cut at a "\n\n" no quotation spans. */
export function sliceBounds(text: string, quotes: readonly QuoteSpan[], sliceChars: number): number[] {
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  const bounds = [0];
  let q = 0; // quotations wholly before the current cut, skipped for good
  for (let from = sliceChars; from < text.length; ) {
    const cut = text.indexOf('\n\n', from);
    if (cut < 0) break;
    while (q < byStart.length && byStart[q]!.end <= cut) q++;
    let through: QuoteSpan | undefined;
    for (let k = q; k < byStart.length && byStart[k]!.start < cut && !through; k++) if (byStart[k]!.end > cut) through = byStart[k];
    if (through) {
      from = through.end; // a quotation runs on across this break: cut after it
      continue;
    }
    bounds.push(cut + 2); // a slice starts at its paragraph, after the blank line
    from = cut + 2 + sliceChars;
  }
  bounds.push(text.length);
  return bounds;
}
