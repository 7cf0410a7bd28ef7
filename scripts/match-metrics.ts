/** Scoring a matcher's listings against the true events, as eval-match.ts and train-match.ts report them. */
import type { Doc } from './match-variants';

/** Per article, the ids listed. */
export type Listed = Map<string, string[]>;
export interface Prf {
  p: number;
  r: number;
  f1: number;
  listed: number;
}

export function evaluate(docs: Doc[], truth: Map<string, Set<string>>, listedBy: Listed): Prf {
  let p = 0,
    r = 0,
    f = 0,
    listedTotal = 0;
  for (const d of docs) {
    const listed = (listedBy.get(d.id) ?? []).filter((id) => id !== d.id);
    const t = truth.get(d.id)!;
    const tp = listed.filter((id) => t.has(id)).length;
    const pi = listed.length === 0 ? 1 : tp / listed.length;
    const ri = t.size === 0 ? 1 : tp / t.size;
    p += pi;
    r += ri;
    f += pi + ri === 0 ? 0 : (2 * pi * ri) / (pi + ri);
    listedTotal += listed.length;
  }
  const n = docs.length;
  return { p: p / n, r: r / n, f1: f / n, listed: listedTotal / n };
}

/** F1 of the mean precision and mean recall, as the held-out set is reported, beside the mean of per-article F1. */
export const f1OfMeans = (m: Prf): number => (m.p + m.r === 0 ? 0 : (2 * m.p * m.r) / (m.p + m.r));
export const fmt = (m: Prf): string => `P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}  F1(P,R) ${f1OfMeans(m).toFixed(3)}  (listed/article ${m.listed.toFixed(1)})`;
