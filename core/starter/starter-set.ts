import data from './starter-set.json';
import { parseStarterSet, type StarterSet } from './starter-outlet';

/**
 * The starter set the extension ships, validated once. The end-to-end build swaps the
 * JSON for a fixture world's (wxt.config.ts, WXT_PARALLAX_TEST_BUILD); nothing else does.
 */
let parsed: StarterSet | undefined;

export function starterSet(): StarterSet {
  parsed ??= parseStarterSet(data);
  return parsed;
}
