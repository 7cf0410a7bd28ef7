import { bidiAndMixedScripts, fieldsAtTheLimit, garbledProse, loneSurrogates, markupInMetadata, nullBytes, zeroWidthAndControls } from './character-pages';
import { checkFeed } from './check-feed';
import { checkMessage, checkText } from './check-message';
import { checkPage, type Outcome } from './check-page';
import { deepFeed, entityFeed, hugeFeed, mutatedFeed, type FeedCase } from './feed-sources';
import { caseSeed, rand, type Rand } from './fuzz-random';
import { LONE_SURROGATES, oddText, sentence, spacelessQuote, sprinkle } from './hostile-text';
import { hostileJsonLd } from './json-ld-pages';
import { anyReport, anyRequest } from './message-values';
import { brokenTags, deepNesting, framesets, hugeAttributes, mutatedTemplate, svgAndMathml, tenMegabytesOfText, thousandsOfParagraphs, type PageCase } from './structure-pages';
import { mayCarryLoneSurrogates } from './text-checks';

/**
 * The catalogue: every kind of case, named for the adversity it creates, with the
 * generator that makes it and the checker it goes through. A case is fully described by
 * the run's seed, its number and whether it is one of the huge ones, so any case a run
 * reports can be made again alone.
 */

export type CaseInput = { page: PageCase } | { feed: FeedCase } | { message: unknown } | { text: string };

export interface FuzzKind {
  /** Relative share of the small cases. */
  weight: number;
  make(r: Rand, huge: boolean): CaseInput;
}

const page = (generate: (r: Rand, huge: boolean) => PageCase) => (r: Rand, huge: boolean) => ({ page: generate(r, huge) });
const feed = (generate: (r: Rand, huge: boolean) => FeedCase) => (r: Rand, huge: boolean) => ({ feed: generate(r, huge) });

export const KINDS: Record<string, FuzzKind> = {
  'mutated-template': { weight: 6, make: page(mutatedTemplate) },
  'broken-tags': { weight: 3, make: page(brokenTags) },
  'deep-nesting': { weight: 1, make: page(deepNesting) },
  'ten-megabytes-of-text': { weight: 1, make: page(tenMegabytesOfText) },
  'huge-attributes': { weight: 1, make: page(hugeAttributes) },
  frameset: { weight: 1, make: page(framesets) },
  'svg-and-mathml': { weight: 1, make: page(svgAndMathml) },
  'bidi-and-mixed-scripts': { weight: 2, make: page(bidiAndMixedScripts) },
  'zero-width-and-controls': { weight: 2, make: page(zeroWidthAndControls) },
  'lone-surrogates': { weight: 1, make: page(loneSurrogates) },
  'markup-in-metadata': { weight: 3, make: page(markupInMetadata) },
  'null-bytes': { weight: 1, make: page(nullBytes) },
  'fields-at-the-limit': { weight: 1, make: page(fieldsAtTheLimit) },
  'hostile-json-ld': { weight: 2, make: page(hostileJsonLd) },
  'thousands-of-paragraphs': { weight: 1, make: page(thousandsOfParagraphs) },
  'garbled-prose': { weight: 2, make: page(garbledProse) },
  'feed-mutated': { weight: 4, make: feed(mutatedFeed) },
  'feed-deep-nesting': { weight: 1, make: feed(deepFeed) },
  'feed-huge': { weight: 1, make: feed(hugeFeed) },
  'feed-entities': { weight: 1, make: feed(entityFeed) },
  'message-values': { weight: 4, make: (r) => ({ message: r.chance(0.5) ? anyRequest(r) : anyReport(r) }) },
  'raw-text': { weight: 3, make: (r) => ({ text: rawText(r) }) },
};

/** The huge cases of a run, in order: a fixed seed's run takes the first few. */
export const HUGE_KINDS = [
  'deep-nesting', 'ten-megabytes-of-text', 'huge-attributes', 'thousands-of-paragraphs', 'feed-huge', 'hostile-json-ld',
  'feed-deep-nesting', 'deep-nesting', 'ten-megabytes-of-text', 'huge-attributes',
];

function rawText(r: Rand): string {
  const roll = r.next();
  if (roll < 0.6) return oddText(r, r.skewed(1, 5_000));
  if (roll < 0.8) return `${sentence(r)} ${spacelessQuote(r)} ${sentence(r)}`;
  return sprinkle(r, oddText(r, 500), LONE_SURROGATES, 3);
}

const ROTATION = Object.entries(KINDS).flatMap(([name, kind]) => Array<string>(kind.weight).fill(name));

export interface FuzzCase {
  kind: string;
  /** The run's seed and the case's number: all it takes to make the case again. */
  seed: number;
  index: number;
  huge: boolean;
  input: CaseInput;
}

/** Small case `index` cycles through the kinds by weight; huge case `index` takes HUGE_KINDS in turn. */
export function makeCase(seed: number, index: number, huge: boolean): FuzzCase {
  const kind = huge ? HUGE_KINDS[index % HUGE_KINDS.length]! : ROTATION[index % ROTATION.length]!;
  const r = rand(caseSeed(seed, huge ? -1 - index : index));
  return { kind, seed, index, huge, input: KINDS[kind]!.make(r, huge) };
}

export interface CaseResult extends Outcome {
  /** Time for the same input of something plainly linear the product must do anyway (parse, clone, scan). */
  baseline: number;
}

export function checkCase(c: FuzzCase): CaseResult {
  const input = c.input;
  if ('page' in input) {
    const outcome = checkPage(input.page);
    return { ...outcome, baseline: outcome.times.parse };
  }
  if ('feed' in input) return { ...checkFeed(input.feed), baseline: timed(() => input.feed.text.toLowerCase()) };
  if ('message' in input) return { ...checkMessage(input.message), baseline: timed(() => structuredClone(input.message)) };
  return { ...checkText(input.text, mayCarryLoneSurrogates(input.text)), baseline: timed(() => input.text.toLowerCase()) };
}

function timed(step: () => unknown): number {
  const started = performance.now();
  step();
  return performance.now() - started;
}
