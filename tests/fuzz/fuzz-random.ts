import { mulberry32 } from '../../scripts/seeded-random';

/**
 * The fuzzer's dice: mulberry32 behind a few helpers. Every case gets its own stream,
 * seeded from the run's seed and the case's number, so one failing case can be made
 * again on its own (`caseSeed(run, n)`) without generating the ones before it.
 */

export interface Rand {
  /** [0, 1) */
  next(): number;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Small values far more often than large ones: sizes, depths, counts. */
  skewed(lo: number, hi: number): number;
}

export function rand(seed: number): Rand {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    skewed: (lo, hi) => lo + Math.floor((hi - lo + 1) * next() ** 3),
  };
}

/** A case's own seed: the run's seed and the case's number, mixed (murmur3's finaliser). */
export function caseSeed(runSeed: number, index: number): number {
  let h = (Math.imul(runSeed >>> 0, 0x9e3779b1) ^ index) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `count` pieces made by `make`, joined: the usual way to build a long run of markup. */
export function repeat(count: number, make: (i: number) => string, separator = ''): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(make(i));
  return parts.join(separator);
}
