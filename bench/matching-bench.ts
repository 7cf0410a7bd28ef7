/**
 * Event index benchmarks on a synthetic library of 100,000 articles, all ratios against
 * a baseline run in the same process on the same library:
 *  - query through the inverted index against a brute-force scan that scores every
 *    fingerprint with scoreMatch (goal: at least 50x faster);
 *  - add (fingerprint + postings) against fingerprint alone, with the serialized bytes
 *    and index keys per fingerprint as extras.
 *
 * The library is generated, deterministically, to look like news: ~25,000 events of 24
 * kinds (so many events share their vocabulary, as two earthquakes do), each reported 1-8
 * times by different outlets within two days, with Zipf-distributed names so that a few
 * people and places occur everywhere, filler prose, quotes and figures.
 */
import type { AccountInput } from '../core/matching/account';
import { EventIndex } from '../core/matching/event-index';
import { fingerprint } from '../core/matching/fingerprint';
import { scoreMatch } from '../core/matching/score';
import { measure, row, type BenchRow } from './harness';
import { mulberry32 } from '../core/seeded-random';

const SUITE = 'matching';
const LIBRARY_SIZE = 100_000;
const QUERY_SAMPLE = 200;


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

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
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
export function* syntheticArticles(count: number, seed = 7): Generator<AccountInput> {
  const r = mulberry32(seed);
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
    for (let k = 0; k < reports && n < count; k++) yield article(r, e, n++, pick(r, outlets));
  }
}

function article(r: Rand, e: Event, n: number, outlet: string): AccountInput {
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
  const body = r() < 0.5 ? 0 : 2 + Math.floor(r() * 6);
  for (let i = 0; i < body; i++) {
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

export async function runMatchingBench(): Promise<BenchRow[]> {
  const index = new EventIndex();
  const ids: string[] = [];
  const tBuild = performance.now();
  for (const a of syntheticArticles(LIBRARY_SIZE)) ids.push(index.add(a));
  const buildS = (performance.now() - tBuild) / 1000;
  const fps = ids.map((id) => index.fingerprintOf(id)!);
  const r = mulberry32(99);
  const queries = Array.from({ length: QUERY_SAMPLE }, () => pick(r, fps));

  let qi = 0;
  let listed = 0;
  const viaIndex = measure(() => (listed += index.query(queries[qi++ % queries.length]!, { limit: 20 }).length), { minMs: 1000 });
  let bi = 0;
  const scan = measure(
    () => {
      const q = queries[bi++ % queries.length]!;
      let best = 0;
      for (const c of fps) if (c !== q) best = Math.max(best, scoreMatch(q, c, index).score);
      return best;
    },
    { minMs: 0, minRuns: 5 },
  );

  // Adding grows the library: articles from another seed under ids never used, so no add is a replacement.
  const fresh = [...syntheticArticles(2_000, 1234)].map((a) => ({ ...a, url: null }));
  let ai = 0;
  let fi = 0;
  const fpOnly = measure(() => fingerprint(fresh[fi++ % fresh.length]!), { minMs: 300 });
  const add = measure(() => index.add({ ...fresh[ai % fresh.length]!, id: `new-${ai++}` }), { minMs: 300 });
  const sample = fps.slice(0, 2_000);
  const bytes = sample.reduce((sum, fp) => sum + new TextEncoder().encode(JSON.stringify(fp)).length, 0) / sample.length;
  const keys = sample.reduce((sum, fp) => sum + fp.words.k.length + fp.names.k.length + fp.nums.k.length + fp.quotes.length, 0) / sample.length;
  const textBytes = fresh.reduce((sum, a) => sum + new TextEncoder().encode(`${a.title}\n${a.text}`).length, 0) / fresh.length;

  return [
    row(SUITE, `query a ${LIBRARY_SIZE.toLocaleString('en')}-article library via the inverted index`, 'scoreMatch on every fingerprint', scan, viaIndex, { max: 0.02, text: '<= 0.02 (50x faster)' }, {
      queryMedianMs: viaIndex.medianMs.toFixed(3),
      scanMedianMs: scan.medianMs.toFixed(1),
      listedPerQuery: (listed / Math.max(1, viaIndex.runs + 2)).toFixed(1),
      buildSeconds: buildS.toFixed(1),
    }),
    row(SUITE, 'add one article (fingerprint + postings)', 'fingerprint alone', fpOnly, add, undefined, {
      addMedianMs: add.medianMs.toFixed(3),
      bytesPerFingerprint: Math.round(bytes),
      keysPerFingerprint: keys.toFixed(1),
      bytesPerArticleText: Math.round(textBytes),
    }),
  ];
}
