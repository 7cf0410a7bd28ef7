/**
 * The learned scorer's asset (assets/flag-model.json, written by
 * scripts/train-flag-model.ts) and its validation. Two logistic regressions over the
 * features of word-features.ts: `loaded` (is this word part of loaded language or name
 * calling?) and `naming` (given that it is, is it name calling rather than an emotive
 * word?). Weights ship grouped by kind of feature and rounded to steps of 0.05, each
 * step a space-separated list (`{"w=": {"1.45": "sordid venomous"}}` holds the weights
 * of "w=sordid" and "w=venomous"); affect scores ship as one word list per integer
 * score. Both are about a third of the bytes of a feature-to-number object.
 *
 * Anything that does not have exactly this shape is refused as a whole, never half
 * used: the caller then flags with the lexicon alone and says so.
 *
 * The extension ships the asset as text (wxt.config.ts), not as an object literal or a
 * JSON.parse the reader's script would run as it starts: reading 200 kB of JSON and
 * building some 25 000 map entries would lengthen the one task a script's start-up is.
 * `loadFlagModelSteps` parses and builds in steps instead, a pause allowed between them.
 */
import type { AffectTables } from './word-features';

export interface FlagModelFile {
  version: 1;
  /** Where the weights were learned, for the README and the card. */
  trainedOn: string;
  loaded: PackedWeights;
  naming: PackedWeights;
  /** Optional third regression: does a flag holding one word hold its neighbour too (link-features.ts)? */
  extent?: PackedWeights;
  /**
   * Score thresholds for the reader's three settings; the score a neighbour needs to
   * join a flag; and the share of the threshold a lexicon phrase needs (0: every phrase
   * the lexicon's own context rules let through is kept, and scored).
   */
  thresholds: { fewer: number; standard: number; more: number; extend: number; lexicon: number };
  affect: { afinn: Record<string, string>; vader: Record<string, string> };
}

/** Feature prefix ("w=", "p=", "o:", "" for whole names) → weight → space-separated rests. */
export type PackedWeights = Record<string, Record<string, string>>;

export interface FlagModel {
  loaded: ReadonlyMap<string, number>;
  naming: ReadonlyMap<string, number>;
  /** Empty when the asset has none: flags then grow by word scores alone. */
  extent: ReadonlyMap<string, number>;
  thresholds: FlagModelFile['thresholds'];
  affect: AffectTables;
}

export type FlagModelLoad = { model: FlagModel; problem: null } | { model: null; problem: string };

const MAX_FEATURES = 200_000;
const MAX_AFFECT_CHARS = 2_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Map entries built between two pauses, a few milliseconds of work on a slow machine. */
const ENTRIES_PER_STEP = 4_000;

/** Counts entries built and asks for a pause each ENTRIES_PER_STEP of them. */
class StepBudget {
  private built = 0;
  spend(entries: number): boolean {
    this.built += entries;
    if (this.built < ENTRIES_PER_STEP) return false;
    this.built = 0;
    return true;
  }
}

function* weights(raw: unknown, name: string, budget: StepBudget): Generator<void, Map<string, number> | string, void> {
  if (!isRecord(raw)) return `${name} is not an object`;
  const map = new Map<string, number>();
  for (const [prefix, rows] of Object.entries(raw)) {
    if (!isRecord(rows)) return `${name} has a bad group ${JSON.stringify(prefix.slice(0, 20))}`;
    for (const [weightText, rests] of Object.entries(rows)) {
      const weight = Number(weightText);
      if (!Number.isFinite(weight) || Math.abs(weight) > 100 || typeof rests !== 'string') return `${name} has a bad weight ${JSON.stringify(weightText.slice(0, 20))}`;
      const before = map.size;
      for (const rest of rests.split(' ')) {
        if (rest) map.set(prefix + rest, weight);
        if (map.size > MAX_FEATURES) return `${name} has too many weights`;
      }
      if (budget.spend(map.size - before)) yield;
    }
  }
  if (map.size === 0) return `${name} has 0 weights`;
  return map;
}

function* affectTable(raw: unknown, name: string, budget: StepBudget): Generator<void, Map<string, number> | string, void> {
  if (!isRecord(raw)) return `affect.${name} is not an object`;
  const map = new Map<string, number>();
  let chars = 0;
  for (const [score, words] of Object.entries(raw)) {
    const value = Number(score);
    if (!Number.isInteger(value) || Math.abs(value) > 5 || typeof words !== 'string') return `affect.${name} has a bad row ${JSON.stringify(score.slice(0, 10))}`;
    chars += words.length;
    if (chars > MAX_AFFECT_CHARS) return `affect.${name} is too large`;
    const before = map.size;
    for (const word of words.split(' ')) if (word) map.set(word, value);
    if (budget.spend(map.size - before)) yield;
  }
  return map;
}

/** The asset as the extension ships it (JSON text) or as Node imports it (an object). */
function parsed(raw: unknown): { value: unknown } | null {
  if (typeof raw !== 'string') return { value: raw };
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch {
    return null;
  }
}

function threshold(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && value < 1;
}

/** The model in `raw` (the asset's object, or its JSON text), or why it cannot be used. Never throws. */
export function loadFlagModel(raw: unknown): FlagModelLoad {
  const steps = loadFlagModelSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same a step at a time: the text parsed, then the maps built a few thousand entries
 * per step; the caller may give the page its main thread back at each `yield`.
 */
export function* loadFlagModelSteps(raw: unknown): Generator<void, FlagModelLoad, void> {
  if (raw === undefined || raw === null) return { model: null, problem: 'the flag model is missing' };
  const file = parsed(raw);
  if (!file) return { model: null, problem: 'the flag model is not a version 1 model (its text is not JSON)' };
  if (!isRecord(file.value) || file.value.version !== 1) return { model: null, problem: 'the flag model is not a version 1 model' };
  if (typeof raw === 'string') yield;
  const { value } = file;
  const budget = new StepBudget();
  const loaded = yield* weights(value.loaded, 'loaded', budget);
  const naming = yield* weights(value.naming, 'naming', budget);
  const extent = value.extent === undefined ? new Map<string, number>() : yield* weights(value.extent, 'extent', budget);
  const t = value.thresholds;
  const affect = isRecord(value.affect) ? value.affect : {};
  const afinn = yield* affectTable(affect.afinn, 'afinn', budget);
  const vader = yield* affectTable(affect.vader, 'vader', budget);
  for (const part of [loaded, naming, extent, afinn, vader]) if (typeof part === 'string') return { model: null, problem: `the flag model is corrupt: ${part}` };
  if (!isRecord(t) || !threshold(t.fewer) || !threshold(t.standard) || !threshold(t.more) || !threshold(t.extend) || typeof t.lexicon !== 'number' || !(t.lexicon >= 0 && t.lexicon <= 1)) return { model: null, problem: 'the flag model is corrupt: bad thresholds' };
  return {
    model: {
      loaded: loaded as Map<string, number>,
      naming: naming as Map<string, number>,
      extent: extent as Map<string, number>,
      thresholds: { fewer: t.fewer, standard: t.standard, more: t.more, extend: t.extend, lexicon: t.lexicon as number },
      affect: { afinn: afinn as Map<string, number>, vader: vader as Map<string, number> },
    },
    problem: null,
  };
}

export function logistic(weightsOf: ReadonlyMap<string, number>, features: readonly string[]): number {
  let sum = 0;
  for (const feature of features) sum += weightsOf.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/** The features that pushed a score up most, strongest first. */
export function strongestFeatures(weightsOf: ReadonlyMap<string, number>, features: readonly string[], count: number): string[] {
  return features
    .filter((feature) => feature !== 'bias' && (weightsOf.get(feature) ?? 0) > 0)
    .sort((a, b) => (weightsOf.get(b) ?? 0) - (weightsOf.get(a) ?? 0))
    .slice(0, count);
}
