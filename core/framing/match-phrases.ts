/**
 * Walks normalised text once and reports every place a lexicon phrase ends. All live
 * partial matches advance together, token by token, through the compiled trie (see
 * compile-lexicon.ts); a token outside the vocabulary ends them all, which is the
 * common case and costs one map miss. Overlaps are kept here and settled by the caller,
 * because a context rule may reject the longest match and let a shorter one stand.
 */
import type { CompiledEntry, CompiledLexicon, TrieNode } from './compile-lexicon';
import { TokenScanner } from './tokenize';

export interface PhraseMatch {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Entries ending here, in lexicon order (several when a reader adds a builtin phrase). */
  entries: CompiledEntry[];
}

export function matchPhrases(text: string, lexicon: CompiledLexicon): PhraseMatch[] {
  const { rootById, vocabulary } = lexicon;
  const matches: PhraseMatch[] = [];
  if (rootById.length === 0) return matches;
  const scanner = new TokenScanner(text);
  // Live partial matches, double-buffered; counts instead of array lengths keep the loop allocation-free.
  let live: TrieNode[] = [];
  let liveStarts: number[] = [];
  let liveCount = 0;
  let next: TrieNode[] = [];
  let nextStarts: number[] = [];

  while (scanner.next()) {
    const id = vocabulary.lookup(text, scanner.start, scanner.end, scanner.hash);
    if (id < 0) {
      liveCount = 0;
      continue;
    }
    const first = rootById[id];
    if (liveCount === 0 && !first) continue; // a lexicon word that starts no phrase, with none under way
    let nextCount = 0;
    for (let k = 0; k <= liveCount; k++) {
      // k === liveCount stands for a new match starting at this token.
      const child = k < liveCount ? live[k]?.next?.get(id) : first;
      if (!child) continue;
      const start = k < liveCount ? (liveStarts[k] ?? 0) : scanner.start;
      if (child.ends) matches.push({ start, end: scanner.end, entries: child.ends });
      if (child.next) {
        next[nextCount] = child;
        nextStarts[nextCount] = start;
        nextCount++;
      }
    }
    const nodes = live;
    live = next;
    next = nodes;
    const starts = liveStarts;
    liveStarts = nextStarts;
    nextStarts = starts;
    liveCount = nextCount;
  }
  return matches;
}
