/**
 * The extraction measure: precision, recall and F1 over 4-word shingles of extracted text
 * against a human-written body, after normalising case, punctuation and whitespace.
 */

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
}

const SHINGLE = 4;

export function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const key = words.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Multiset overlap: a shingle repeated in the extraction counts only as often as the truth has it. */
export function shingleOverlap(extracted: string, truth: string): Overlap {
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
