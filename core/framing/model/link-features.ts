/**
 * What the span model sees between two neighbouring words: whether a flag that holds one
 * of them should hold the other too. People mark whole phrases ("a pack of hysterical
 * lunatics", "so-called experts"), and the word scorer finds the one or two words of a
 * phrase that are loaded by themselves; the links carry a flag from those words to the
 * phrase's edges. Read only at a flag's edges, a few times an article, so features are
 * listed by name (as for explaining a flag) rather than summed from precomputed rows.
 */
import { isCandidate, type AffectTables, type WordToken } from './word-features';

/** How two words are joined: a space, a hyphen, a comma (gc), a quotation mark (gq), other marks (gp). */
function gapKind(text: string, from: number, to: number): string {
  const gap = text.slice(from, Math.min(to, from + 8));
  if (/^\s*$/.test(gap)) return 'g_';
  if (/^\s*-\s*$/.test(gap)) return 'g-';
  if (/^\s*,\s*$/.test(gap)) return 'gc';
  if (/["“”‘’«»]/.test(gap)) return 'gq';
  return 'gp';
}

function strong(affect: AffectTables, word: string): boolean {
  return Math.abs(affect.afinn.get(word) ?? 0) >= 2 || Math.abs(affect.vader.get(word) ?? 0) >= 2;
}

function capital(text: string, token: WordToken): boolean {
  return /^\p{Lu}/u.test(text.charAt(token.start));
}

const HELD = ['held=1', 'held=2', 'held=3', 'held=4', 'held=5+'];

/**
 * The features of the link between `left` and `right` (neighbours in one sentence),
 * `outward` saying which of the two the flag already holds: 'r' when it grows to the
 * right (it holds `left`), 'l' when it grows to the left. `held` is how many words the
 * flag holds so far (marked phrases are rarely long); `beyond` is the word past the one
 * a link would add, if the sentence has one ("and vulgar" goes on a phrase, "and is"
 * starts a clause).
 */
export function linkFeatures(text: string, left: WordToken, right: WordToken, affect: AffectTables, outward: 'l' | 'r', held = 1, beyond?: WordToken): string[] {
  const gap = gapKind(text, left.end, right.start);
  const f = ['lbias', `dir=${outward}`, gap, `${outward}${gap}`, `L=${left.lower}`, `R=${right.lower}`, HELD[Math.min(held, 5) - 1]!];
  if (beyond) {
    f.push(`B=${beyond.lower}`, `${outward}Bk=${isCandidate(beyond) ? 'c' : 's'}`);
    if (strong(affect, beyond.lower)) f.push('Baff');
  } else f.push(`${outward}B=end`);
  const leftKind = isCandidate(left) ? 'c' : 's';
  const rightKind = isCandidate(right) ? 'c' : 's';
  f.push(`k=${leftKind}${rightKind}`, `${outward}k=${leftKind}${rightKind}`);
  if (strong(affect, left.lower)) f.push('Laff');
  if (strong(affect, right.lower)) f.push('Raff');
  if (capital(text, right)) f.push('Rcap'); // never first in its sentence: a name, or a title
  if (capital(text, left)) f.push('Lcap');
  if (right.lower.length > 5) f.push(`R3=${right.lower.slice(-3)}`);
  if (left.lower.length > 5) f.push(`L3=${left.lower.slice(-3)}`);
  return f;
}
