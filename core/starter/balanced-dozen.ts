import type { StarterOutlet } from './starter-outlet';

/**
 * "A balanced dozen": twelve outlets of the starter set spread over regions, kinds and
 * languages, chosen the same way every time. Greedy, one pick at a time: the next is the
 * entry whose region, then kind, then language, then country the picks so far hold
 * least, the set's own order breaking ties. So the first picks take one outlet of each
 * region before any region gets a second, and kinds and languages are spread within that.
 * A second state-controlled outlet comes only when nothing else is left: one is enough for
 * the reader to see how such media tell an event, and they are marked as what they are.
 */

/** @default 12 */
export const BALANCED_SIZE = 12;

export function balancedDozen(outlets: readonly StarterOutlet[], size: number = BALANCED_SIZE): StarterOutlet[] {
  const chosen: StarterOutlet[] = [];
  const left = [...outlets];
  const count = (pick: (o: StarterOutlet) => string, value: string) => chosen.filter((o) => pick(o) === value).length;
  while (chosen.length < size && left.length > 0) {
    let bestIndex = 0;
    let bestKey: number[] | null = null;
    left.forEach((outlet, index) => {
      const ofKind = count((o) => o.kind, outlet.kind);
      const key = [
        outlet.kind === 'state-controlled' && ofKind > 0 ? 1 : 0,
        count((o) => o.region, outlet.region),
        ofKind,
        count((o) => o.language, outlet.language),
        count((o) => o.country, outlet.country),
      ];
      if (bestKey === null || lessThan(key, bestKey)) {
        bestKey = key;
        bestIndex = index;
      }
    });
    chosen.push(...left.splice(bestIndex, 1));
  }
  return chosen;
}

/** Lexicographic order of two keys of the same length. */
function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]!;
  }
  return false;
}
