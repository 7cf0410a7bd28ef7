/**
 * Named-entity spotting without a model: runs of capitalised tokens.
 *
 * Data (DocCase): the words a document capitalises where capitals mean something
 * (mid-sentence, or in a sentence-case headline), the words it writes in lower case, and
 * how often it capitalises each word where capitals prove nothing. A capital at a
 * sentence start or in a Title Case Headline counts only if the word is confirmed
 * elsewhere, is an acronym, is capitalised twice and never written in lower case
 * ("Norvik" in headline and lead), or (sentence start only) is glued to a name that
 * follows ("Lindsay Lohan has ..."). That keeps "Speaking", "Although" and "Checks Into
 * Rehab" out without a dictionary.
 */
import { CALENDAR_WORDS, NAME_CONNECTORS, ORG_WORDS, PLACE_PREPOSITIONS, SPEECH_VERBS, STOPWORDS, TITLE_WORDS } from './lexicon';
import type { Token } from './tokens';

export type EntityKind = 'p' | 'l' | 'o' | '';

export interface EntityRun {
  /** Normalised words of the name, connectors excluded: ["vladimir", "putin"]. */
  parts: string[];
  /** Normalised full name, connectors included: "bank of england". */
  key: string;
  /** As printed: "Bank of England". */
  display: string;
  /** Surface form of each part, for showing a part on its own ("Putin"). */
  partDisplays: string[];
  kind: EntityKind;
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
}

/** Could this capitalised token be (part of) a name at all, wherever it stands? */
function nameLike(t: Token): boolean {
  if (!t.cap || t.num || CALENDAR_WORDS.has(t.norm) || TITLE_WORDS.has(t.norm)) return false;
  // "New" is a stop word in prose but starts many names (New York, New Delhi).
  return t.acronym || t.norm === 'new' || !STOPWORDS.has(t.norm);
}

/** How a document spells its words: which it capitalises where capitals are informative, which it writes in lower case. */
export interface DocCase {
  confirmed: Set<string>;
  lower: Set<string>;
  /** How often each word is capitalised where capitals prove nothing (sentence starts, Title Case). */
  ambiguous: Map<string, number>;
}

/** `titleCase[s]` marks sentences (Title Case headlines) whose capitals prove nothing. */
export function docCase(sentences: Token[][], titleCase: boolean[]): DocCase {
  const confirmed = new Set<string>();
  const lower = new Set<string>();
  const ambiguous = new Map<string, number>();
  sentences.forEach((tokens, s) => {
    for (const t of tokens) {
      if (!t.cap) lower.add(t.norm);
      else if (titleCase[s] || t.initial) ambiguous.set(t.norm, (ambiguous.get(t.norm) ?? 0) + 1);
      else if (nameLike(t)) confirmed.add(t.norm);
    }
  });
  return { confirmed, lower, ambiguous };
}

/** A headline in Title Case, where nearly every word is capitalised and capitals say nothing. */
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !t.num && t.norm.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.cap).length / words.length >= 0.75;
}

function accepted(tokens: Token[], i: number, dc: DocCase, titleCase: boolean): boolean {
  const t = tokens[i]!;
  if (!nameLike(t)) return false;
  if (t.acronym || dc.confirmed.has(t.norm)) return true;
  // Capitalised twice and never in lower case: "Norvik" in a Title Case headline and at the start of the lead.
  if (!dc.lower.has(t.norm) && (dc.ambiguous.get(t.norm) ?? 0) >= 2) return true;
  if (titleCase) return false;
  if (!t.initial) return true;
  // A sentence-initial word the text also writes in lower case is an ordinary word.
  const next = tokens[i + 1];
  return !dc.lower.has(t.norm) && !!next && next.joined && nameLike(next);
}

function kindOf(tokens: Token[], from: number, to: number, parts: string[]): EntityKind {
  const last = tokens[to - 1]!;
  if (ORG_WORDS.has(parts[parts.length - 1]!) || (parts.length === 1 && last.acronym)) return 'o';
  const before = tokens[from - 1];
  const after = tokens[to];
  if ((after && SPEECH_VERBS.has(after.norm)) || (before && TITLE_WORDS.has(before.norm))) return 'p';
  if (before && PLACE_PREPOSITIONS.has(before.norm)) return 'l';
  return '';
}

/** More than any name has ("Abdul Rahman bin Hamad bin Jassim Al Thani" has five besides its connectors). */
const MAX_NAME_PARTS = 8;

/** Name runs of one sentence. Title words split runs: "Russian President Vladimir Putin" → Russian | Vladimir Putin. */
export function entityRuns(tokens: Token[], dc: DocCase, titleCase: boolean): EntityRun[] {
  const runs: EntityRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!accepted(tokens, i, dc, titleCase)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t || !t.joined) break;
      if (accepted(tokens, j, dc, titleCase)) {
        j++;
        continue;
      }
      // A connector joins only when a name follows it: "Bank of England", not "Putin of".
      const next = tokens[j + 1];
      if (NAME_CONNECTORS.has(t.text) && next?.joined && accepted(tokens, j + 1, dc, titleCase)) {
        j += 2;
        continue;
      }
      break;
    }
    const slice = tokens.slice(i, j);
    const names = slice.filter((t) => !NAME_CONNECTORS.has(t.text));
    // A run longer than any name is shouted or Title Case text: its words count as words.
    if (names.length > MAX_NAME_PARTS) {
      i = j;
      continue;
    }
    const parts = names.map((t) => t.norm);
    runs.push({
      parts,
      key: slice.map((t) => t.norm).join(' '),
      display: slice.map((t) => t.text).join(' '),
      partDisplays: names.map((t) => t.text),
      kind: kindOf(tokens, i, j, parts),
      from: i,
      to: j,
    });
    i = j;
  }
  return runs;
}
