/**
 * Every number same-event matching is tuned by, in one typed table: how a fingerprint is
 * cut, how features are weighed, how time counts, the threshold, how accounts are posted
 * and looked up, how many candidates are read and grouped. The code takes a MatchTuning
 * as a parameter that defaults to `defaultTuning`, the shipped one, so an evaluation can
 * sweep a row (`npm run eval:match -- --set score.name=1.25`) and a learned fit can
 * replace the table without touching the engines.
 *
 * A fingerprint is cut with `fingerprint` when an account is stored, and posted under the
 * keys `index` chooses: changing either means storing the library anew. The rest is read
 * at every query.
 */
import { LEARNED_BLEND, LEARNED_ON, LEARNED_SHORT, LEARNED_TIME, PAIR_WEIGHTS } from './pair-weights';
import type { PairWeights } from './pair-model';

/** How an article becomes a fingerprint (core/matching/fingerprint.ts). */
export interface FingerprintTuning {
  /** Characters of headline and of text read: a 5 MB page and a headline both give at most the caps below. */
  titleChars: number;
  textChars: number;
  sentences: number;
  /** Features kept per list, most central first. */
  words: number;
  names: number;
  nums: number;
  quotes: number;
  /**
   * Where a feature first appears weighs most: a headline-plus-lead account and a full
   * report of one event share their headline facts, not their tenth paragraphs.
   */
  titleWeight: number;
  leadWeight: number;
  bodyWeight: number;
  /** Sentences after the headline that count as the lead. */
  leadSentences: number;
}

/** How two fingerprints are scored (core/matching/score.ts, weighted-vector.ts). */
export interface ScoreTuning {
  /** Multiplier of a word the article uses as (part of) a name. */
  name: number;
  /** Multiplier of a multi-word name ("xi jinping") on top of its words. */
  phrase: number;
  /** Multiplier of a figure. */
  num: number;
  /** Multiplier of an event word (an action: event-words.ts), so the action weighs apart from the topic. */
  event: number;
  /**
   * How much of the score two accounts lose when both name actions and share none of
   * them (scaled by how little their actions agree): two stories on one topic.
   */
  eventMiss: number;
  /**
   * How much of the score two accounts lose when both give figures in their headline or
   * lead (years aside) and share none: "90% effective" against "asks to authorise".
   */
  numMiss: number;
  /**
   * How much more two short accounts score: `1 + shortPair × (1 − fill)`, where fill is
   * the shorter fingerprint's words over the words cap. Two headlines share less than two
   * articles, so the same evidence weighs more between them; a threshold that depends
   * on how much text the two have.
   */
  shortPair: number;
  /** Pseudo-documents added to the library size, so a library of three still has usable idf. */
  priorDocs: number;
  /** How much one fully shared quotation adds to the score. */
  quoteWeight: number;
  /** Reports this many days apart or closer get closeBoost. */
  sameEventDays: number;
  /** Days past sameEventDays at which the time factor has fallen to half of closeBoost. */
  daysScale: number;
  closeBoost: number;
  /** The shipped threshold: listed accounts score at least this. */
  threshold: number;
  /**
   * 1: the score is the learned scorer's (pair-model.ts, weights in `model`) over the
   * parts of the hand-made one; 0: the hand-made score alone, as before it.
   */
  learned: number;
  /**
   * With `learned` on, the learned score is used only for pairs where at least one
   * account is this short or shorter (1 − the shorter fingerprint's fill of the words
   * cap, as the feature `short`): two full texts keep the hand-made score. 0: every pair.
   */
  learnedShort: number;
  /**
   * 1: the learned score is multiplied by the time factor past the same-event window
   * (timeFactor ÷ closeBoost, at most 1), the hand-made score's prior on time, which
   * neither training corpus can teach (allsides-dev's dates are its roundups', ECB+'s
   * simulated); 0: days apart weigh only as the fit's feature.
   */
  learnedTime: number;
  /** How much of the score is the learned one where it is used: `hand + learnedBlend × (learned − hand)`; 1 the learned alone. */
  learnedBlend: number;
}

/** Which candidates are grouped (core/matching/event-group.ts). */
export interface GroupTuning {
  /** Candidates scoring at least this with the query take part in the grouping. */
  linkFloor: number;
  /** The candidates grouped at most, best first: more than the popup lists. */
  groupSize: number;
  /**
   * Two groups of several accounts each merge only at this share of the looser group's
   * own mean linkage (and never below the threshold): two stories of one topic are two
   * tight groups loosely tied (event-group.ts).
   */
  cohesion: number;
}

/** Which keys an account is posted under and a query reads (core/matching/index-keys.ts). */
export interface IndexTuning {
  /** Keys an account is posted under, quotes included. */
  postedKeys: number;
  /** Posted quotes at most. */
  postedQuotes: number;
  /** Posting lists a query reads at most. */
  queryKeys: number;
  /** A list longer than this share of the library (and than minMaxList) is not read. */
  maxListShare: number;
  minMaxList: number;
  /** A query reads at most this many longest-allowed lists' worth of postings in all. */
  budgetLists: number;
}

/** How the shortlist is read (core/matching/rank-event.ts). */
export interface RankTuning {
  /** Candidates read and fully scored a round. */
  round: number;
  /** Candidates read at most, over all rounds. */
  maxCandidates: number;
}

export interface MatchTuning {
  fingerprint: FingerprintTuning;
  score: ScoreTuning;
  /** The learned pair scorer's bias and weights (pair-weights.ts, scripts/train-match.ts). */
  model: PairWeights;
  group: GroupTuning;
  index: IndexTuning;
  rank: RankTuning;
}

/** The table Parallax ships. Measured with `npm run eval:match` (README, "Figures measured so far"). */
export const defaultTuning: MatchTuning = {
  fingerprint: {
    // A headline is a line; past these, a page only adds everyday words and cost.
    titleChars: 500,
    textChars: 20_000,
    sentences: 250,
    // Caps that keep a fingerprint to one or two kilobytes of JSON, stored as is in IndexedDB.
    words: 80,
    names: 20,
    nums: 16,
    quotes: 10,
    // Headline 3, first two sentences 2, body 1, plus log count (see fingerprint.ts).
    titleWeight: 3,
    leadWeight: 2,
    bodyWeight: 1,
    leadSentences: 2,
  },
  score: {
    // Two earthquakes share "quake", "magnitude" and "rescue", but not the town. Lower
    // (name 1.25, multi-word names 0.5) raised allsides-dev (held-apart half F1 of P and R
    // 0.858 → 0.872) and ECB+'s F1 by recall, but listed more accounts of the twin event of
    // a kind (ECB+, no dates: 3,660 → 3,690 full text, 1,722 → 1,812 headline + lead), as
    // in the rehab twins of tests/core/matching/event-group.test.ts; kept.
    name: 1.5,
    phrase: 1,
    // A shared exact figure ("7.1", "340", "$3.5 trillion") is rare between different
    // events: 2 (was 1.5) raised allsides-dev's tuning half 0.871 → 0.877 with cohesion,
    // and every ECB+ variant but two that moved by 0.001-0.002.
    num: 2,
    // Measured and left neutral (tuning half of allsides-dev, with cohesion 0.5 and the
    // threshold at 0.16-0.2): event words weighed 1.5-2x, or a loss of 0.2-0.5 for two
    // accounts whose actions differ, traded recall for precision one for one (F1 of P
    // and R 0.860-0.872 against 0.863-0.879); a loss for headline figures that differ
    // lowered it (0.854-0.860). The rows stay for sweeps and a learned fit.
    event: 1,
    eventMiss: 0,
    numMiss: 0,
    // 0.1: allsides-dev's tuning half 0.877 → 0.880, ECB+'s headline + lead 0.798 → 0.822
    // and slow coverage 0.807 → 0.827, no variant lower. At 0.2 (tuning half 0.882) the
    // other star's rehab is listed with a probe of the first's (tests/core/matching/
    // event-group.test.ts): two short accounts of one kind of event gain too.
    shortPair: 0.1,
    priorDocs: 20,
    // A shared quotation is rare by construction, so it adds on its own terms.
    quoteWeight: 0.25,
    // Within two days the odds of one event are higher; the factor is 1 at about 3.8 days,
    // 0.3 at 7, 0.06 at 14.
    sameEventDays: 2,
    daysScale: 2.5,
    closeBoost: 1.5,
    // Where F1 holds up across ECB+ full text, headline + two sentences, simulated dates
    // and small clusters (scripts/eval-match.ts prints the sweep), not at the best point
    // of any one of them.
    threshold: 0.2,
    // Off (pair-weights.ts). Used alone on every pair, cross-validated by event it raised
    // allsides-dev's tuning half 0.923 → 0.939 but lost up to 0.027 in ECB+'s variants and
    // listed the other star's rehab and the mayor's other story of the fixtures. Used only
    // where one account is short (0.45: nearly every allsides-dev pair, few of ECB+'s full
    // texts), times the time factor and blended at 0.3, trained with same-topic pairs of
    // two events weighing 4: tuning half 0.923 → 0.933 cross-validated, no ECB+ variant
    // below the hand-made score by more than 0.002; still off, since with a probe of the
    // first star's account the other star's is listed (average linkage 0.210 against 0.194
    // by hand; README, "Figures measured so far").
    learned: LEARNED_ON,
    learnedShort: LEARNED_SHORT,
    learnedTime: LEARNED_TIME,
    learnedBlend: LEARNED_BLEND,
  },
  model: { ...PAIR_WEIGHTS },
  group: {
    linkFloor: 0.08,
    groupSize: 30,
    // On allsides-dev's tuning half 0.7 gave more (F1 of P and R 0.889 against 0.871),
    // but split ECB+'s large events with dates spread (0.944 → 0.860): their accounts form
    // tight groups of near-copies that must still merge. 0.5 keeps every ECB+ variant
    // within 0.01 of what it was.
    cohesion: 0.5,
  },
  index: {
    // Posting every one of ~120 features would file an article under lists of tens of
    // thousands that no query reads, at one stored row each.
    postedKeys: 28,
    // Most articles have none to three quotations.
    postedQuotes: 4,
    queryKeys: 48,
    // On a 50,000-article synthetic library a 200-posting cap found a larger share of the
    // pairs a full scan finds (0.73) than a 5,000-posting budget (0.70, as did posting
    // every key), reading a tenth as many postings; and each posting read costs 10-50 µs
    // in Chromium's IndexedDB.
    maxListShare: 0.002,
    minMaxList: 200,
    budgetLists: 2,
  },
  rank: {
    // Most events have a few accounts, and in Chromium a record read costs ~0.15 ms: read
    // 16 at a time, another round only while the last one still found a match.
    round: 16,
    maxCandidates: 96,
  },
};

/**
 * The table with some rows changed, for sweeps: `{ 'score.name': 1.25 }`. Throws on a row
 * the table does not have, so a misspelt sweep is not silently the shipped table.
 */
export function withRows(base: MatchTuning, rows: Readonly<Record<string, number>>): MatchTuning {
  const out = JSON.parse(JSON.stringify(base)) as Record<string, Record<string, number>>;
  for (const [path, value] of Object.entries(rows)) {
    const [group, row, ...rest] = path.split('.');
    const table = group === undefined ? undefined : out[group];
    if (!table || row === undefined || rest.length > 0 || !(row in table)) throw new Error(`no tuning row "${path}"`);
    if (!Number.isFinite(value)) throw new Error(`tuning row "${path}" must be a number`);
    table[row] = value;
  }
  return out as unknown as MatchTuning;
}
