/**
 * A deliberately light English suffix stripper. It only has to make "checks", "checked"
 * and "checking" one key, and "protesters"/"protester" one key; a full Porter stemmer
 * would also merge words with different meanings ("general"/"generous" → "gener") and
 * would add a dependency or 300 lines for little gain on headline-sized text.
 */

const VOWEL_RE = /[aeiouy]/;
const DOUBLE_RE = /([bdfgklmnprt])\1$/;

function stripVerbal(w: string, suffix: string): string | null {
  if (!w.endsWith(suffix)) return null;
  const base = w.slice(0, -suffix.length);
  if (base.length < 3 || !VOWEL_RE.test(base)) return null;
  // "stopped" → "stopp" → "stop"; "killed" keeps its "ll" because "l" doubles in the base too.
  return DOUBLE_RE.test(base) && !base.endsWith('ll') && !base.endsWith('ss') ? base.slice(0, -1) : base;
}

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);

  const verbal = stripVerbal(w, 'ing') ?? stripVerbal(w, 'ed') ?? stripVerbal(w, 'ly');
  if (verbal) w = verbal;
  // A final "e" is dropped so "hire", "hired" and "hiring" meet at "hir".
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
