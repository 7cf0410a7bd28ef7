/**
 * Binary logistic regression by AdaGrad with L2, over sparse string features. Small and
 * deterministic (seeded shuffle), enough for a few hundred thousand examples.
 */
import { xorshift32 } from '../seeded-random';

export interface Example {
  features: string[];
  label: 0 | 1;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** A feature seen in fewer examples than this gets no weight. */
  minCount?: number;
  seed?: number;
  /** How much a marked word's error counts against an unmarked one's (the marked are rare). @default 1 */
  positiveWeight?: number;
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): Map<string, number> {
  const { epochs = 8, rate = 0.2, l2 = 1e-5, minCount = 2, seed = 7, positiveWeight = 1 } = options;
  const counts = new Map<string, number>();
  for (const example of examples) for (const f of example.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const usable = (f: string) => f === 'bias' || (counts.get(f) ?? 0) >= minCount;
  const data = examples.map((e) => ({ features: [...new Set(e.features.filter(usable))], label: e.label }));
  const weights = new Map<string, number>();
  const squared = new Map<string, number>();
  const random = xorshift32(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, label } = data[index]!;
      let sum = 0;
      for (const f of features) sum += weights.get(f) ?? 0;
      const gradient = (1 / (1 + Math.exp(-sum)) - label) * (label === 1 ? positiveWeight : 1);
      for (const f of features) {
        const w = weights.get(f) ?? 0;
        const g = gradient + l2 * w;
        const g2 = (squared.get(f) ?? 0) + g * g;
        squared.set(f, g2);
        weights.set(f, w - (rate * g) / Math.sqrt(g2 + 1e-8));
      }
    }
  }
  return weights;
}

/**
 * The mean of models trained with different shuffles (`seeds`): one logistic regression
 * still, with the variance of the example order averaged out.
 */
export function trainLogisticAveraged(examples: readonly Example[], options: TrainOptions, seeds: readonly number[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const seed of seeds) for (const [f, w] of trainLogistic(examples, { ...options, seed })) sum.set(f, (sum.get(f) ?? 0) + w / seeds.length);
  return sum;
}

const PREFIX = /^[^=:]*[=:]/;

/** How weights are cut down for shipping: rounded to `step`, and dropped below `cut` in magnitude. */
export interface PackOptions {
  step: number;
  cut: number;
}

/**
 * Rounds weights to steps, drops those smaller than the cut (magnitude pruning: a
 * feature that moves a score by less than the cut rarely changes a decision, and most
 * neighbour-word weights are that small), and packs the rest (see PackedWeights).
 * The bias and the fixed features are never dropped.
 */
export function packWeights(weights: ReadonlyMap<string, number>, options: PackOptions = { step: 0.05, cut: 0 }): Record<string, Record<string, string>> {
  const { step, cut } = options;
  const groups = new Map<string, Map<string, string[]>>();
  for (const [feature, w] of [...weights.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const rounded = Math.round(w / step) * step;
    const prefix0 = PREFIX.exec(feature)?.[0] ?? '';
    const wordFeature = prefix0 === 'w=' || prefix0 === 'p=' || prefix0 === 'n=' || prefix0 === 'o:' || prefix0 === 'q:' || prefix0 === 's3=' || prefix0 === 's4=';
    if (rounded === 0 || feature.includes(' ') || (wordFeature && Math.abs(w) < cut)) continue;
    const prefix = PREFIX.exec(feature)?.[0] ?? '';
    const key = Number(rounded.toFixed(2)).toString();
    if (!groups.has(prefix)) groups.set(prefix, new Map());
    const rows = groups.get(prefix)!;
    if (!rows.has(key)) rows.set(key, []);
    rows.get(key)!.push(feature.slice(prefix.length));
  }
  return Object.fromEntries([...groups].map(([prefix, rows]) => [prefix, Object.fromEntries([...rows].map(([key, rests]) => [key, rests.join(' ')]))]));
}
