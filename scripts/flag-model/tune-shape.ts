import { gzipSync } from 'node:zlib';
import { modelOf, packModelFile, THRESHOLDS, TRAINING, trainWeights, type TrainedWeights } from './build-model';
import { crossValidate } from './cross-validate';
import { tallyLine } from './print-tally';
import type { PackOptions } from './train-logistic';
import { foldsOf, ptcAvailable, PTC_FILE, readPtc } from './ptc';

/**
 * `npx tsx scripts/flag-model/tune-shape.ts [--folds=5] [--affect=1,2] [--min-count=3]`: how far the
 * shipped asset can be cut down. For each least affect score kept, one model is trained
 * per fold; then for each packing (weight step, magnitude cut of word features) each
 * held-out fold is flagged by its own fold's model (cross-validation by article, the
 * lexicon's phrases judged by the model too) at a few thresholds, beside the fold
 * assets' gzipped bytes.
 */
const PACKINGS: PackOptions[] = [
  { step: 0.1, cut: 0 },
  { step: 0.1, cut: 0.3 },
  { step: 0.1, cut: 0.5 },
];
const CURVE = [0.5, 0.6, 0.65, 0.7, 0.75];

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

if (!ptcAvailable()) console.log(`skipped: the PTC articles are not at ${PTC_FILE}`);
else {
  const k = Number(arg('folds') ?? 5);
  const folds = foldsOf(readPtc(), k);
  const training = { ...TRAINING, minCount: Number(arg('min-count') ?? TRAINING.minCount) };
  for (const affectMin of (arg('affect') ?? '1,2').split(',').map(Number)) {
    const trained: TrainedWeights[] = folds.map((_, i) => trainWeights(folds.filter((_, j) => j !== i).flat(), training, affectMin));
    for (const packing of PACKINGS) {
      let gzip = 0;
      const models = folds.map((held, i) => {
        const file = packModelFile(trained[i]!, 'fold', packing);
        gzip += gzipSync(JSON.stringify(file), { level: 9 }).length;
        return { held, model: modelOf(file) };
      });
      console.log(`\naffect >= ${affectMin}, features seen ${training.minCount}+ times, ${JSON.stringify(packing)}: fold assets ${(gzip / k / 1024).toFixed(1)} kB gzipped on average`);
      for (const [t, tally] of crossValidate(models, CURVE, THRESHOLDS.extend, 1)) console.log(`  threshold ${t.toFixed(2)}  ${tallyLine(tally)}`);
    }
  }
}
