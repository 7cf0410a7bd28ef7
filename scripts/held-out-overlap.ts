import { shingleOverlap, type Overlap } from '../core/text/text-overlap';

/**
 * The held-out benchmark's variant of the extraction measure: 4-word shingles of `\w+`
 * tokens (punctuation dropped, case kept, Unicode letters as Python's `\w` has them), as
 * a multiset per page; the corpus figure is the F1 of mean precision and mean recall
 * (`corpusF1`), not the mean of per-page F1s.
 */

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

export function heldOutOverlap(extracted: string, truth: string): Overlap {
  return shingleOverlap(extracted, truth, (text) => text.match(WORD) ?? []);
}

/** F1 of the mean precision and the mean recall over pages. */
export function corpusF1(rows: Overlap[]): Overlap {
  const n = Math.max(1, rows.length);
  const precision = rows.reduce((s, r) => s + r.precision, 0) / n;
  const recall = rows.reduce((s, r) => s + r.recall, 0) / n;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const tokens = (text: string) => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

/**
 * The gold text without its headline, as the held-out gold is: a paragraph among the
 * first three whose words are (nearly) all in the page's headline candidates (its
 * `<title>`, `og:title`, `<h1>`s) is dropped, once.
 */
export function withoutHeadline(gold: string, headlines: string[]): string {
  const candidates = headlines.map((h) => new Set(tokens(h))).filter((s) => s.size > 0);
  const paragraphs = gold.split(/\n\s*\n/);
  for (let i = 0; i < Math.min(3, paragraphs.length); i++) {
    const words = tokens(paragraphs[i]!);
    if (words.length === 0 || words.length > 30) continue;
    if (candidates.some((c) => words.filter((w) => c.has(w)).length >= 0.8 * words.length)) {
      paragraphs.splice(i, 1);
      break;
    }
  }
  return paragraphs.join('\n\n');
}
