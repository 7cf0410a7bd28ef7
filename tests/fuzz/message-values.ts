import { FLAG_CATEGORIES } from '../../core/protocol/article';
import type { Rand } from './fuzz-random';
import { LONE_SURROGATES, MARKUP_AS_TEXT, oddText, sentence } from './hostile-text';

/**
 * What a compromised or buggy content script could send the background: values that
 * survive structured cloning (so no functions, but anything JSON has and more), mostly
 * shaped like real messages so the validation goes deep before it refuses.
 */

const URLS = [
  'https://ledger.example/world/story', 'http://a.example', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '',
  'https://a.example/' + 'x'.repeat(2_040), 'https://a.example/' + ' '.repeat(2_000), 'https://a.example/' + '😀'.repeat(1_000), 'https://xn--80ak6aa92e.example/',
  'HTTPS://A.EXAMPLE/%zz', 'https://user:pass@a.example:99999/', 'https://a.example/\u0000', 'https://[::1]/', ' https://a.example ',
];

function anyString(r: Rand): string {
  const roll = r.int(0, 7);
  if (roll === 0) return '';
  if (roll === 1) return r.pick(MARKUP_AS_TEXT);
  if (roll === 2) return r.pick(LONE_SURROGATES) + sentence(r);
  if (roll === 3) return oddText(r, r.skewed(1, 3_000));
  // Just past a limit, with a pair of surrogates astride it.
  if (roll === 4) return 'x'.repeat(r.pick([199, 999, 299_999, 99])) + '😀'.repeat(r.int(1, 3));
  if (roll === 5) return ' '.repeat(r.int(1, 10));
  return sentence(r);
}

/** Any value at all, `depth` levels of arrays and objects at most. */
export function anyValue(r: Rand, depth: number): unknown {
  switch (r.int(0, depth > 0 ? 9 : 7)) {
    case 0: return null;
    case 1: return undefined;
    case 2: return r.pick([0, -0, NaN, Infinity, 1e308, 2 ** 53]);
    case 3: return r.chance(0.5);
    case 4: return r.pick([new Date(NaN), new Map([[1, 2]]), new Uint8Array(4), /x/g, 10n]);
    case 5:
    case 6:
    case 7: return anyString(r);
    case 8: return Array.from({ length: r.skewed(0, 20) }, () => anyValue(r, depth - 1));
    default: return Object.fromEntries(Array.from({ length: r.int(0, 6) }, () => [r.pick(['__proto__', 'constructor', 'url', 'text', 'type', 'x']), anyValue(r, depth - 1)]));
  }
}

function flag(r: Rand): unknown {
  if (r.chance(0.2)) return anyValue(r, 2);
  return {
    entryId: r.chance(0.9) ? anyString(r) : anyValue(r, 0),
    category: r.chance(0.8) ? r.pick(FLAG_CATEGORIES) : anyValue(r, 0),
    text: r.chance(0.9) ? anyString(r) : anyValue(r, 0),
    voice: r.pick(['outlet', 'quote', 'page', null]),
    speaker: r.chance(0.5) ? null : anyString(r),
    // Keys no flag has: the library must not keep them.
    ...(r.chance(0.1) ? { extra: 'x'.repeat(r.skewed(1, 100_000)), html: r.pick(MARKUP_AS_TEXT) } : {}),
  };
}

/** A report as the content script sends it, each field sometimes of the wrong type or size. */
export function anyReport(r: Rand): unknown {
  if (r.chance(0.1)) return anyValue(r, 3);
  const field = () => (r.chance(0.8) ? anyString(r) : anyValue(r, 1));
  return {
    url: r.chance(0.8) ? r.pick(URLS) : anyValue(r, 1),
    title: field(),
    siteName: field(),
    byline: field(),
    publishedTime: field(),
    lang: field(),
    excerpt: field(),
    text: r.chance(0.9) ? (r.chance(0.05) ? 'w '.repeat(r.int(150_000, 400_000)) : anyString(r)) : anyValue(r, 1),
    flags: r.chance(0.9) ? Array.from({ length: r.chance(0.05) ? r.int(500, 5_000) : r.skewed(0, 30) }, () => flag(r)) : anyValue(r, 1),
  };
}

/** A message to the background: one of the real types, or not. */
export function anyRequest(r: Rand): unknown {
  const type = r.pick(['article:seen', 'article:save', 'matches:get', 'page:get-state', 'nope', undefined]);
  return { type, report: r.chance(0.9) ? anyReport(r) : undefined, url: r.pick(URLS), save: anyValue(r, 0) };
}
