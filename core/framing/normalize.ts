/**
 * Matching-side normalisation: case-folded, diacritics stripped, hyphens, dashes,
 * apostrophes and quote marks unified, invisible characters dropped. A flag must point
 * at the reader's own text, so the result keeps a map back to the original offsets
 * (UTF-16 code units). Most characters keep their length under these rules; only the
 * few that grow or vanish (ß → ss, a soft hyphen, a decomposed accent) are recorded, and
 * an offset is mapped back by binary search over them, so the map is free for most text.
 */

export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /** Offset into the original text for an offset into `text` (0..text.length inclusive). */
  toOriginal(offset: number): number;
}

const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  // Hyphen-like marks join words ("anti‐Western"); the en dash too, as in "Russia–China".
  ...[...'\u2010\u2011\u2012\u2013\u2212\uFE58\uFE63\uFF0D'].map((c) => [c, '-'] as const),
  // Em dash and bar stand between clauses, so they stay a separate, unified mark.
  ['\u2015', '\u2014'],
  ...[...'\u2018\u2019\u201A\u201B\u02BC\u02BB\u2032\u00B4\uFF07\u2039\u203A'].map((c) => [c, "'"] as const),
  ...[...'\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E\uFF02'].map((c) => [c, '"'] as const),
  ...[...'\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000'].map((c) => [c, ' '] as const),
  // Web text carries invisible joiners and soft hyphens inside words; they must not split them.
  ...[...'\u00AD\u200B\u200C\u200D\u2060\uFEFF'].map((c) => [c, ''] as const),
  // Letters that NFD does not decompose but readers treat as the plain letter.
  ['ß', 'ss'], ['ø', 'o'], ['æ', 'ae'], ['œ', 'oe'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i'],
]);

// Combining diacritics for Latin, Greek and Cyrillic only: marks in Indic and other
// scripts carry vowels, and stripping them would merge different words.
const DIACRITIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

function stripDiacritics(decomposed: string): string {
  let kept = '';
  for (const ch of decomposed) {
    const code = ch.charCodeAt(0);
    if (!DIACRITIC_RANGES.some(([low, high]) => code >= low && code <= high)) kept += ch;
  }
  return kept;
}

// Character → its folded form, or null when it folds to itself.
const foldCache = new Map<string, string | null>();
const foldByCode: (string | null | undefined)[] = new Array(65536);

function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3; // NFD would split these into jamo: keep whole
}

/** The normalised form of one character (a surrogate pair counts as one), or null when it is already normal. */
function fold(chars: string): string | null {
  // Single code units (nearly every call) are cached in an array, which is faster than a map.
  const single = chars.length === 1 ? chars.charCodeAt(0) : -1;
  if (single >= 0) {
    const known = foldByCode[single];
    if (known !== undefined) return known;
  }
  const cached = single < 0 ? foldCache.get(chars) : undefined;
  if (cached !== undefined) return cached;
  const lower = chars.toLowerCase();
  let folded = chars === '`' ? "'" : (REPLACEMENTS.get(lower) ?? REPLACEMENTS.get(chars));
  if (folded === undefined) {
    folded = isHangulSyllable(chars.charCodeAt(0)) ? lower : stripDiacritics(lower.normalize('NFD'));
    const again = REPLACEMENTS.get(folded);
    if (again !== undefined) folded = again;
  }
  const result = folded === chars ? null : folded;
  if (single >= 0) foldByCode[single] = result;
  else foldCache.set(chars, result);
  return result;
}

// Everything but plain ASCII (the backtick is an apostrophe); surrogate pairs as one match.
// Once the text is lowered natively, characters outside the BMP need nothing more of us
// (their case is done, and none of them decompose into a letter and an accent that news
// text uses), so surrogates are left out of the class: a single class scans much faster.
const NEEDS_FOLDING = /[^\t\n\r -_a-\x7f\uD800-\uDFFF]/g;
// The same plus capitals, for text whose lowering changes its length (see below).
const NEEDS_FOLDING_OR_UPPER = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\t\n\r -@[-_a-\x7f]/g;

/** A replacement that changed length; offsets after it shift. */
interface Shift {
  outStart: number;
  outEnd: number;
  originalStart: number;
  originalEnd: number;
}

function offsetMapper(shifts: readonly Shift[], originalLength: number): (offset: number) => number {
  if (shifts.length === 0) return (offset) => offset;
  return (offset) => {
    let low = 0;
    let high = shifts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((shifts[mid]?.outStart ?? 0) <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const shift = shifts[found];
    if (!shift) return Math.min(offset, originalLength);
    // Inside an expansion ("ß" → "ss") every unit maps to the original character.
    if (offset < shift.outEnd) return shift.originalStart;
    return Math.min(shift.originalEnd + (offset - shift.outEnd), originalLength);
  };
}

export function normalize(original: string): NormalizedText {
  // Lowering the whole string natively is fast; only characters such as "İ" change length
  // when lowered, and then capitals are lowered one by one so offsets stay aligned.
  const lowered = original.toLowerCase();
  const aligned = lowered.length === original.length;
  const shifts: Shift[] = [];
  let growth = 0; // output length minus original length so far
  const text = (aligned ? lowered : original).replace(aligned ? NEEDS_FOLDING : NEEDS_FOLDING_OR_UPPER, (chars: string, offset: number) => {
    const folded = fold(chars) ?? chars;
    if (folded.length !== chars.length) {
      const outStart = offset + growth;
      shifts.push({ outStart, outEnd: outStart + folded.length, originalStart: offset, originalEnd: offset + chars.length });
      growth += folded.length - chars.length;
    }
    return folded;
  });
  return { text, toOriginal: offsetMapper(shifts, original.length) };
}
