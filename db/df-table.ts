/**
 * Document frequencies of every fingerprint key in the library, in memory: what the
 * scorer's idf weights and the choice of posted keys read, hundreds of times a query.
 *
 * Data: an open-addressing hash table (linear probing) of 53-bit key hashes in a
 * Float64Array beside their counts in an Int32Array, so a library of 100,000 articles and
 * a few hundred thousand distinct keys holds in a few megabytes, loads from IndexedDB as
 * two typed arrays and never allocates a string per key. Two keys share a hash with odds
 * of about 10⁻⁵ over a million keys; they would then share a count, nothing worse. A
 * count that falls to 0 keeps its slot until the table is rebuilt from a snapshot.
 */

/** cyrb53 (bryc, public domain): a fast 53-bit string hash; 0 is kept for empty slots. */
export function keyHash(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
}

/** Non-zero counts only, as stored in a snapshot or a log row. */
export interface DfEntries {
  h: Float64Array;
  c: Int32Array;
}

const MIN_CAPACITY = 1 << 10;
const MAX_LOAD = 0.6;

export class DfTable {
  private hashes: Float64Array;
  private counts: Int32Array;
  private used = 0;
  /** Articles counted. */
  docCount = 0;
  /** Bumped on every change, for caches of idf-weighted vectors. */
  version = 0;

  constructor(expected = 0) {
    let capacity = MIN_CAPACITY;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.hashes = new Float64Array(capacity);
    this.counts = new Int32Array(capacity);
  }

  static from(entries: DfEntries, docCount: number): DfTable {
    const table = new DfTable(entries.h.length);
    for (let i = 0; i < entries.h.length; i++) table.addHash(entries.h[i]!, entries.c[i]!);
    table.docCount = docCount;
    table.version = 0;
    return table;
  }

  /** Distinct keys with a count above 0. */
  get size(): number {
    let n = 0;
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i]! > 0) n++;
    return n;
  }

  private slot(h: number): number {
    const mask = this.hashes.length - 1;
    let i = (h >>> 0) & mask;
    while (this.hashes[i] !== 0 && this.hashes[i] !== h) i = (i + 1) & mask;
    return i;
  }

  df(key: string): number {
    return this.counts[this.slot(keyHash(key))]!;
  }

  /** Adds `delta` to the count of a hashed key (never below 0). */
  addHash(h: number, delta: number): void {
    if (delta === 0) return;
    let i = this.slot(h);
    if (this.hashes[i] === 0) {
      if (delta < 0) return;
      if ((this.used + 1) / this.hashes.length > MAX_LOAD) {
        this.grow();
        i = this.slot(h);
      }
      this.hashes[i] = h;
      this.used++;
    }
    this.counts[i] = Math.max(0, this.counts[i]! + delta);
    this.version++;
  }

  add(key: string, delta: number): void {
    this.addHash(keyHash(key), delta);
  }

  private grow(): void {
    const { hashes, counts } = this;
    this.hashes = new Float64Array(hashes.length * 2);
    this.counts = new Int32Array(hashes.length * 2);
    this.used = 0;
    for (let i = 0; i < hashes.length; i++) {
      if (counts[i]! <= 0) continue;
      const j = this.slot(hashes[i]!);
      this.hashes[j] = hashes[i]!;
      this.counts[j] = counts[i]!;
      this.used++;
    }
  }

  /** The non-zero counts, compact. */
  entries(): DfEntries {
    const n = this.size;
    const h = new Float64Array(n);
    const c = new Int32Array(n);
    let j = 0;
    for (let i = 0; i < this.counts.length; i++) {
      if (this.counts[i]! <= 0) continue;
      h[j] = this.hashes[i]!;
      c[j++] = this.counts[i]!;
    }
    return { h, c };
  }
}

/** Per-key changes of one write, hashed for the log. */
export class DfDelta {
  readonly byKey = new Map<string, number>();
  docs = 0;

  add(keys: Iterable<string>, sign: 1 | -1): void {
    for (const key of keys) this.byKey.set(key, (this.byKey.get(key) ?? 0) + sign);
  }

  get empty(): boolean {
    return this.docs === 0 && [...this.byKey.values()].every((d) => d === 0);
  }

  /** Non-zero changes as hashes and signed counts. */
  entries(): DfEntries {
    const changed = [...this.byKey].filter(([, d]) => d !== 0);
    return { h: Float64Array.from(changed, ([k]) => keyHash(k)), c: Int32Array.from(changed, ([, d]) => d) };
  }
}
