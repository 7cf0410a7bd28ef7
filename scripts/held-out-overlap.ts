import type { Overlap } from '../core/shingle-overlap';

/**
 * The held-out benchmark's variant of the extraction measure: 4-word shingles of `\w+`
 * tokens (punctuation dropped, case kept, Unicode letters as Python's `\w` has them), as
 * a multiset per page; the corpus figure is the F1 of mean precision and mean recall
 * (`corpusF1`), not the mean of per-page F1s.
 */

const SHINGLE = 4;
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const key = words.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function heldOutOverlap(extracted: string, truth: string): Overlap {
  const a = shingles(extracted);
  const b = shingles(truth);
  let shared = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const n of a.values()) sizeA += n;
  for (const [key, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(key) ?? 0);
  }
  if (sizeA === 0 && sizeB === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = sizeA === 0 ? 0 : shared / sizeA;
  const recall = sizeB === 0 ? 0 : shared / sizeB;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
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
