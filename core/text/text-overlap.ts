/**
 * How much of one text another holds: precision, recall and F1 over 4-word shingles, after
 * normalising case, punctuation and whitespace. One measure for two questions, both "is
 * this the same text?": whether a report may replace the story stored under its address
 * (background/report-policy.ts: a feed's lead and the full article later read are the same
 * story, two articles share next to nothing), and how much of a page's human-written body
 * extraction kept (scripts/eval-extract.ts, the held-out benchmark's variant in
 * scripts/held-out-overlap.ts, the fixture pages' tests). It is pure and has users on both
 * sides, so it stays in core/.
 */

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
}

const SHINGLE = 4;

/** Words as this measure takes them: lower-cased, NFKC, letters and digits only. */
function foldedWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** `words` cuts the text; other measures (the held-out benchmark's) cut it their own way. */
export function shingles(text: string, words: (text: string) => string[] = foldedWords): Map<string, number> {
  const list = words(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= list.length; i++) {
    const key = list.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Multiset overlap: a shingle repeated in the extraction counts only as often as the truth has it. */
export function shingleOverlap(extracted: string, truth: string, words: (text: string) => string[] = foldedWords): Overlap {
  const a = shingles(extracted, words);
  const b = shingles(truth, words);
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
