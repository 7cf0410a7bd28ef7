/**
 * A synthetic library that looks like news, generated deterministically: ~25,000 events
 * of 24 kinds per 100,000 articles (so many events share their vocabulary, as two
 * earthquakes do), each reported 1-8 times by different outlets within two days, with
 * Zipf-distributed names so that a few people and places occur everywhere, filler prose,
 * quotes and figures. Half the library holds only headline and lead, as feeds and paywalls
 * give.
 *
 * `long` bodies (the IndexedDB bench) read like full reports instead of a few sentences:
 * 8-30 sentences drawing also on a 20,000-word Zipf vocabulary of their own, so a
 * fingerprint fills its caps and rare words are as common as in real news (a 2-4 KB text
 * and ~100 keys an article, against ~500 bytes and ~35 keys without).
 */
import type { AccountInput } from '../core/matching/account';
import { mulberry32 } from '../scripts/seeded-random';

export interface SyntheticOptions {
  /** Full-length bodies with a large vocabulary. @default false */
  long?: boolean;
}

const SYLLABLES = 'ka ro mi len dor vas tel bri son na gu fer lo zan pe ric ol ma tis ven har ju sel ko bar din'.split(' ');
const KINDS = [
  'earthquake quake magnitude tremor rescue collapsed epicentre aftershock',
  'election vote ballot candidate poll turnout campaign runoff',
  'flood river rain evacuated levee submerged rescue storm',
  'strike union workers wage walkout picket negotiations contract',
  'shooting gunman police victims wounded suspect motive shots',
  'summit leaders talks agreement bilateral trade sanctions partnership',
  'wildfire blaze firefighters acres evacuation containment smoke homes',
  'merger acquisition shares deal bid shareholders takeover billion',
  'trial jury verdict court prosecutors defence sentence guilty',
  'protest protesters march rally police tear demonstrators square',
  'crash plane passengers runway flight investigators wreckage pilot',
  'transfer club signing contract striker fee season football',
  'explosion blast factory fire injured workers chemical plant',
  'resignation minister scandal pressure cabinet successor apology office',
  'outbreak virus cases hospital health vaccine infections patients',
  'launch rocket satellite orbit mission space agency spacecraft',
  'heatwave temperatures record heat drought warning crops water',
  'cyberattack hackers data breach systems ransomware servers attack',
  'storm hurricane winds landfall coast damage power outages',
  'award prize ceremony winner nominees film festival jury',
  'arrest police charged suspect custody investigation raid warrant',
  'budget spending deficit tax parliament debt cuts revenue',
  'recall cars defect safety manufacturer vehicles brakes owners',
  'ceasefire troops fighting border talks artillery truce civilians',
].map((line) => line.split(' '));
const FILLER = (
  'officials said the situation remained uncertain while residents waited for more information about what happened next ' +
  'local authorities promised a full review and asked people to remain calm as reporters gathered outside the building ' +
  'experts warned that the consequences could last for months and urged the government to act quickly before winter ' +
  'several witnesses described the scene to journalists and neighbours shared photographs on social media during the evening'
).split(' ');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Zipf-like: low indexes far more often, so a few names are everywhere. */
const zipf = <T>(r: Rand, xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(xs.length * r() ** 3))]!;
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

function word(r: Rand, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(r, SYLLABLES);
  return cap(w);
}

interface Event {
  kind: string[];
  people: string[];
  places: string[];
  org: string;
  day: number;
  figure: number;
  quote: string;
}

/** Yields `count` articles; same seed, same library. A generator, so 100,000 texts never sit in memory at once. */
export function* syntheticArticles(count: number, seed = 7, options: SyntheticOptions = {}): Generator<AccountInput> {
  const r = mulberry32(seed);
  const lexicon = options.long ? Array.from({ length: 20_000 }, () => word(r, 2 + Math.floor(r() * 3)).toLowerCase()) : [];
  const firsts = Array.from({ length: 400 }, () => word(r, 2));
  const lasts = Array.from({ length: 4000 }, () => word(r, 3));
  const places = Array.from({ length: 3000 }, () => word(r, 2 + Math.floor(r() * 2)));
  const orgs = Array.from({ length: 600 }, () => `${word(r, 2)} ${pick(r, ['Council', 'Agency', 'Group', 'Party', 'Institute'])}`);
  const outlets = Array.from({ length: 150 }, (_, i) => `outlet${i}.example`);
  let n = 0;
  while (n < count) {
    const kind = pick(r, KINDS);
    const e: Event = {
      kind,
      people: [0, 1, 2].map(() => `${zipf(r, firsts)} ${zipf(r, lasts)}`),
      places: [zipf(r, places), zipf(r, places)],
      org: zipf(r, orgs),
      day: Math.floor(r() * 730),
      figure: 2 + Math.floor(r() * 500),
      quote: Array.from({ length: 8 }, () => pick(r, [...FILLER, ...kind])).join(' '),
    };
    const reports = 1 + Math.floor(r() * r() * 8);
    for (let k = 0; k < reports && n < count; k++) yield article(r, e, n++, pick(r, outlets), lexicon);
  }
}

function article(r: Rand, e: Event, n: number, outlet: string, lexicon: readonly string[]): AccountInput {
  const [p0, p1, p2] = e.people as [string, string, string];
  const last = (p: string): string => p.split(' ')[1]!;
  const k = (): string => pick(r, e.kind);
  const filler = (len: number): string => Array.from({ length: len }, () => pick(r, FILLER)).join(' ');
  const title = pick(r, [`${cap(k())} in ${e.places[0]}: ${last(p0)} speaks`, `${last(p0)} and ${last(p1)} respond to ${e.places[0]} ${k()}`, `${e.figure} affected as ${k()} hits ${e.places[0]}`]);
  const sentences = [
    `${p0}, the head of the ${e.org}, said on ${pick(r, WEEKDAYS)} that the ${k()} in ${e.places[0]} had affected ${e.figure} people.`,
    `"${cap(e.quote)}," ${last(p0)} told reporters in ${e.places[1]}, where ${p1} was expected to arrive.`,
  ];
  // Half the library holds only headline and lead, as feeds and paywalls give.
  const long = lexicon.length > 0;
  const body = r() < 0.5 ? 0 : long ? 8 + Math.floor(r() * 23) : 2 + Math.floor(r() * 6);
  for (let i = 0; i < body; i++) {
    if (long && r() < 0.6) {
      // Prose of the report's own: common and rare words of the language, some figures.
      const words = Array.from({ length: 12 + Math.floor(r() * 14) }, () => (r() < 0.5 ? pick(r, FILLER) : zipf(r, lexicon)));
      if (r() < 0.3) words.splice(Math.floor(r() * words.length), 0, String(Math.floor(r() * 2_000)));
      sentences.push(`${cap(words.join(' '))}.`);
      continue;
    }
    sentences.push(
      pick(r, [
        `${cap(filler(6))} ${k()} ${filler(5)}.`,
        `${last(p1)} said the ${k()} was ${filler(4)} and ${p2} agreed.`,
        `In ${pick(r, e.places)}, ${filler(5)} ${k()} ${filler(3)}.`,
      ]),
    );
  }
  const date = new Date(Date.UTC(2023, 0, 1) + (e.day + r() * 2) * 86_400_000).toISOString();
  return { id: `a${n}`, title, text: sentences.join(' '), outlet, url: `https://${outlet}/news/${n}`, date };
}

