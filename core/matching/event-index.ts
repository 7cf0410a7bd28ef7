/**
 * The library's event index, in memory: the reference for the IndexedDB-backed one.
 *
 * Data: an inverted index from an account's most telling keys ("e:xi jinping",
 * "q:1x9z", rare words and figures; see index-keys.ts) to the slots of the accounts posted
 * under them (plain number arrays: a few bytes per posting), document frequencies of every
 * fingerprint key (posted or not: the scorer's idf needs them all), a slot table of
 * fingerprints, and id/URL maps so one article is never held twice. A query reads the
 * posting lists of its own most telling keys within a budget and hands them to the one
 * ranking the IndexedDB library drives too (rank-event.ts).
 */
import type { AccountInput } from './account';
import { fingerprint, type Fingerprint } from './fingerprint';
import { countedKeys, dayOf, indexKeys, matchWindowDays, queryKeys } from './index-keys';
import { rankNow, shortlist, type Held } from './rank-event';
import type { CorpusStats, MatchReasons } from './score';
import { defaultTuning, type MatchTuning } from './tuning';

export interface EventMatch {
  id: string;
  score: number;
  reasons: MatchReasons;
}

export interface QueryOptions {
  /** At most this many matches (and at most the tuning's groupSize, the candidates grouped). @default 20 */
  limit?: number;
  /** Lowest score listed; evaluation sweeps it, the product keeps the default. @default the tuning's threshold */
  minScore?: number;
}

interface Entry {
  id: string;
  fp: Fingerprint;
  /** Every key counted in the document frequencies. */
  keys: string[];
  /** The keys it is posted under. */
  posted: string[];
}

export class EventIndex implements CorpusStats {
  /** @param tuning The weights and limits of matching (tuning.ts); evaluations sweep them. */
  constructor(private readonly tuning: MatchTuning = defaultTuning) {}

  private readonly slots: Array<Entry | undefined> = [];
  private readonly free: number[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byUrl = new Map<string, number>();
  /** Another id for an account already held (same canonical URL), mapped to its slot. */
  private readonly aliases = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly counts = new Map<string, number>();
  /**
   * Bumped on every change, so scoreMatch's cached idf weights are exact, as the IndexedDB
   * library's are: both list the same accounts (tests/db/same-listing.test.ts). Adding a
   * whole library and then querying it, as the CLI does, recomputes each vector once.
   */
  get version(): number {
    return this.epoch;
  }

  private epoch = 0;

  private changed(): void {
    this.epoch++;
  }

  get docCount(): number {
    return this.byId.size;
  }

  df(key: string): number {
    return this.counts.get(key) ?? 0;
  }


  has(id: string): boolean {
    return this.byId.has(id) || this.aliases.has(id);
  }

  fingerprintOf(id: string): Fingerprint | undefined {
    const slot = this.byId.get(id) ?? this.aliases.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.fp;
  }

  /**
   * Adds or replaces an account and returns the id it is held under. The same id replaces
   * the old version; a new id with the URL of a held account replaces that account's
   * content, keeps its id and becomes an alias of it.
   */
  add(input: AccountInput | Fingerprint): string {
    const fp = 'v' in input ? input : fingerprint(input, this.tuning);
    this.changed();
    const sameUrl = fp.url === null ? undefined : this.byUrl.get(fp.url);
    const held = this.byId.get(fp.id) ?? this.aliases.get(fp.id) ?? sameUrl;
    const id = held === undefined ? fp.id : this.slots[held]!.id;
    if (held !== undefined) this.removeSlot(held);

    const slot = this.free.pop() ?? this.slots.length;
    const stored = id === fp.id ? fp : { ...fp, id };
    const keys = countedKeys(stored);
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    // Chosen with this account counted, in its keys and in docCount, as the IndexedDB library does.
    this.byId.set(id, slot);
    const posted = indexKeys(stored, this, this.tuning);
    this.slots[slot] = { id, fp: stored, keys, posted };
    if (stored.url !== null) this.byUrl.set(stored.url, slot);
    if (held !== undefined && held !== slot) for (const [alias, s] of this.aliases) if (s === held) this.aliases.set(alias, slot);
    if (id !== fp.id) this.aliases.set(fp.id, slot);
    for (const key of posted) {
      const list = this.postings.get(key);
      if (list) list.push(slot);
      else this.postings.set(key, [slot]);
    }
    return id;
  }

  /** Removes an account (by its id or an alias) and its aliases. */
  remove(id: string): boolean {
    const slot = this.byId.get(id) ?? this.aliases.get(id);
    if (slot === undefined) return false;
    this.changed();
    this.removeSlot(slot);
    for (const [alias, s] of this.aliases) if (s === slot) this.aliases.delete(alias);
    return true;
  }

  private removeSlot(slot: number): void {
    const entry = this.slots[slot];
    if (!entry) return;
    for (const key of entry.keys) {
      const n = this.counts.get(key)! - 1;
      if (n > 0) this.counts.set(key, n);
      else this.counts.delete(key);
    }
    for (const key of entry.posted) {
      const list = this.postings.get(key)!;
      const at = list.lastIndexOf(slot);
      // Order inside a posting list does not matter: swap with the last and pop.
      list[at] = list[list.length - 1]!;
      list.pop();
      if (list.length === 0) this.postings.delete(key);
    }
    this.byId.delete(entry.id);
    if (entry.fp.url !== null && this.byUrl.get(entry.fp.url) === slot) this.byUrl.delete(entry.fp.url);
    this.slots[slot] = undefined;
    this.free.push(slot);
  }

  /**
   * Other accounts of the same event, best first, never the account itself: the posting
   * lists of the query's keys (near its date when it has one) feed the ranking the
   * IndexedDB library drives too (rank-event.ts).
   */
  query(target: string | Fingerprint, options: QueryOptions = {}): EventMatch[] {
    const { limit = 20, minScore = this.tuning.score.threshold } = options;
    const selfSlot = typeof target === 'string' ? (this.byId.get(target) ?? this.aliases.get(target)) : this.byId.get(target.id);
    const fp = typeof target === 'string' ? (selfSlot === undefined ? undefined : this.slots[selfSlot]?.fp) : target;
    if (!fp || limit <= 0) return [];

    // Dated accounts too far from a dated query cannot reach `minScore` (the IndexedDB
    // library reads only that window of each list); undated ones are always candidates.
    const day = fp.time === null ? null : dayOf(fp.time);
    const window = matchWindowDays(minScore, this.tuning);
    const near = (entry: Entry): boolean => day === null || entry.fp.time === null || Math.abs(dayOf(entry.fp.time) - day) <= window;
    const keys = queryKeys(fp, this, { counted: selfSlot !== undefined, tuning: this.tuning });
    const lists = keys.map((key) => (this.postings.get(key) ?? []).flatMap((slot) => (near(this.slots[slot]!) ? [this.slots[slot]!.id] : [])));
    const self = selfSlot === undefined ? null : this.slots[selfSlot]!.id;
    const read = (id: string): Held<Entry> | undefined => {
      const slot = this.byId.get(id);
      const entry = slot === undefined ? undefined : this.slots[slot];
      return entry && { key: entry.id, fp: entry.fp, record: entry };
    };
    return rankNow(fp, this, shortlist(keys, lists, this, self, this.tuning), read, { minScore, limit, tuning: this.tuning }).map(({ held, score, reasons }) => ({ id: held.key, score, reasons }));
  }
}
