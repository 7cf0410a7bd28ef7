/**
 * Compiles lexicon entries once into a token trie.
 *
 * Data structure: every distinct token of every surface form gets a small integer id in
 * a vocabulary keyed by the token's FNV hash (collisions fall back to a string map). The
 * trie's edges are token ids, so a phrase of n words is n map hops from the root, and a
 * node that ends a phrase lists the entries that end there. The matcher walks all
 * partial matches in step with the text (Aho-Corasick without failure links: phrases
 * are a few words long, so the set of live partial matches stays tiny), which makes a
 * scan linear in the text and nearly independent of the number of entries.
 */
import type { FlagCategory } from '../protocol/article';
import { compileRules, type CompiledRules } from './context-rules';
import { validateEntry, type LexiconEntry } from './lexicon-entry';
import { normalize } from './normalize';
import { hashToken } from './tokenize';
import { surfaceForms } from './variants';

export interface CompiledEntry {
  id: string;
  phrase: string;
  category: FlagCategory;
  explanation: string;
  neutral: string[];
  /** The phrase normalised, for muting by phrase. */
  key: string;
  rules: CompiledRules;
}

export interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Entries whose phrase ends at this node, in lexicon order. */
  ends: CompiledEntry[] | null;
}

const COLLISION = -2;

/** Token → id, looked up by hash while scanning text so no substring is cut per word. */
export class Vocabulary {
  // One bit per low 16 bits of a known hash: most words of a text are not in the lexicon,
  // and this rejects them without a map lookup.
  private readonly seen = new Uint8Array(8192);
  private readonly byHash = new Map<number, number>();
  private readonly collided = new Map<string, number>();
  private readonly words: string[] = [];

  get size(): number {
    return this.words.length;
  }

  idFor(token: string): number {
    const hash = hashToken(token);
    const slot = (hash >>> 3) & 8191;
    this.seen[slot] = (this.seen[slot] ?? 0) | (1 << (hash & 7));
    const id = this.byHash.get(hash);
    if (id === undefined) {
      this.byHash.set(hash, this.words.length);
      this.words.push(token);
      return this.words.length - 1;
    }
    if (id !== COLLISION && this.words[id] === token) return id;
    if (id !== COLLISION) {
      const earlier = this.words[id] ?? '';
      this.collided.set(earlier, id);
      this.byHash.set(hash, COLLISION);
    }
    const known = this.collided.get(token);
    if (known !== undefined) return known;
    this.words.push(token);
    this.collided.set(token, this.words.length - 1);
    return this.words.length - 1;
  }

  /** Id of the token text[start, end) whose hash is `hash`, or -1 when not in the lexicon. */
  lookup(text: string, start: number, end: number, hash: number): number {
    if (((this.seen[(hash >>> 3) & 8191] ?? 0) & (1 << (hash & 7))) === 0) return -1;
    const id = this.byHash.get(hash);
    if (id === undefined) return -1;
    if (id === COLLISION) return this.collided.get(text.slice(start, end)) ?? -1;
    const word = this.words[id] ?? '';
    return word.length === end - start && text.startsWith(word, start) ? id : -1;
  }
}

export interface CompiledLexicon {
  entries: CompiledEntry[];
  root: TrieNode;
  /** The root's edges as an array indexed by token id: the hottest lookup, made an index. */
  rootById: Array<TrieNode | undefined>;
  vocabulary: Vocabulary;
  /** Surface forms inserted, all entries together. */
  formCount: number;
}

export interface CompileOptions {
  /** Names entries in error messages. @default 'entry' */
  label?: string;
  /** A reader's own phrases, compiled after `entries` and reported as "user entry N". @default [] */
  userEntries?: readonly unknown[];
}

export interface CompileResult {
  lexicon: CompiledLexicon;
  /** One readable line per skipped entry or ignored part of one. */
  errors: string[];
}

function insert(root: TrieNode, tokens: readonly number[], entry: CompiledEntry): void {
  let node = root;
  for (const id of tokens) {
    node.next ??= new Map();
    let child = node.next.get(id);
    if (!child) {
      child = { next: null, ends: null };
      node.next.set(id, child);
    }
    node = child;
  }
  node.ends ??= [];
  if (!node.ends.includes(entry)) node.ends.push(entry);
}

function compileEntry(entry: LexiconEntry): CompiledEntry {
  return {
    id: entry.id,
    phrase: entry.phrase,
    category: entry.category,
    explanation: entry.explanation,
    neutral: entry.neutral,
    key: phraseKey(entry.phrase),
    rules: compileRules(entry.context, entry.category === 'hyperbole'),
  };
}

/** How muting compares phrases: normalised, with hyphens and runs of spaces alike. */
export function phraseKey(phrase: string): string {
  return normalize(phrase).text.trim().replace(/[\s-]+/g, ' ');
}

function addEntries(
  lexicon: CompiledLexicon,
  rawEntries: readonly unknown[],
  label: string,
  seenIds: Set<string>,
  errors: string[],
  offset = 0,
): void {
  rawEntries.forEach((raw, at) => {
    const index = offset + at;
    const result = validateEntry(raw, `${label} ${index + 1}`);
    if ('error' in result) {
      errors.push(result.error);
      return;
    }
    errors.push(...result.warnings);
    if (seenIds.has(result.entry.id)) {
      errors.push(`${label} ${index + 1} ("${result.entry.phrase.slice(0, 40)}"): id "${result.entry.id}" is already used; skipped`);
      return;
    }
    seenIds.add(result.entry.id);
    const compiled = compileEntry(result.entry);
    lexicon.entries.push(compiled);
    for (const form of surfaceForms(result.entry)) {
      insert(lexicon.root, form.map((token) => lexicon.vocabulary.idFor(token)), compiled);
      lexicon.formCount++;
    }
  });
}

/** Validates and compiles entries; bad entries are reported in `errors` and skipped, never thrown. */
export function compileLexicon(entries: readonly unknown[], options: CompileOptions = {}): CompileResult {
  const steps = compileLexiconSteps(entries, options, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same compile, a batch of entries per step, so that a page's main thread can be
 * given back between batches (generating surface forms is the costly part). The caller
 * drives it: `next()` until done, pausing where it likes.
 */
export function* compileLexiconSteps(
  entries: readonly unknown[],
  options: CompileOptions = {},
  batchSize = 60,
): Generator<void, CompileResult, void> {
  const errors: string[] = [];
  const seenIds = new Set<string>();
  const lexicon: CompiledLexicon = { entries: [], root: { next: null, ends: null }, rootById: [], vocabulary: new Vocabulary(), formCount: 0 };
  const lists: [readonly unknown[], string][] = [
    [entries, options.label ?? 'entry'],
    [options.userEntries ?? [], 'user entry'],
  ];
  for (const [list, label] of lists) {
    for (let start = 0; start < list.length; start += batchSize) {
      addEntries(lexicon, list.slice(start, start + batchSize), label, seenIds, errors, start);
      if (start + batchSize < list.length) yield;
    }
  }
  lexicon.rootById = Array.from({ length: lexicon.vocabulary.size }, (_, id) => lexicon.root.next?.get(id));
  return { lexicon, errors };
}
