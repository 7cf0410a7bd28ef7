import { EXAMPLE_SETTINGS, TRAINING } from './build-model';
import { crossValidate, foldModels } from './cross-validate';
import { tallyLine } from './print-tally';
import { ptcAvailable, PTC_FILE, readPtc } from './ptc';

/**
 * `npx tsx scripts/flag-model/compare-training.ts [--configs="name:pos=2,l2=0.003;…"] [--check]`:
 * choices in how the word scorer is trained, each measured by 5-fold cross-validation by
 * article. Options: `pos` (class weight of marked words), `l2`, `epochs`, `other=out`
 * (other techniques' words left out rather than taught as unmarked), `stop=no` (function
 * words left out), `seeds=7+11+13` (the mean of models trained with those shuffles).
 * Choices are made on the articles of folds 0-2 (the tune part, each flagged by a model
 * trained without its fold); folds 3-4 (the check part) are printed only with --check,
 * once a choice is made.
 */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const CURVE = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const TUNE = [0, 1, 2];
const CHECK = [3, 4];

if (!ptcAvailable()) console.log(`skipped: the PTC articles are not at ${PTC_FILE}`);
else {
  const articles = readPtc();
  const shipped = { ...EXAMPLE_SETTINGS };
  const check = process.argv.includes('--check');
  for (const config of (arg('configs') ?? 'shipped:').split(';')) {
    const [name, spec = ''] = config.split(':');
    const options = Object.fromEntries(spec.split(',').filter(Boolean).map((kv) => kv.split('='))) as Record<string, string | undefined>;
    Object.assign(EXAMPLE_SETTINGS, shipped, {
      otherTechniques: options.other === 'out' ? 'left out' : 'negative',
      stopWords: options.stop !== 'no',
      seeds: options.seeds ? options.seeds.split('+').map(Number) : [],
    });
    const training = { ...TRAINING, positiveWeight: Number(options.pos ?? 1), l2: Number(options.l2 ?? TRAINING.l2), epochs: Number(options.epochs ?? 8) };
    const models = foldModels(articles, 5, training);
    const parts = check ? [['tune', TUNE], ['check', CHECK]] as const : [['tune', TUNE]] as const;
    for (const [part, folds] of parts) {
      const tallies = crossValidate(models.filter((_, i) => (folds as readonly number[]).includes(i)), CURVE);
      for (const [t, tally] of tallies) console.log(`${name} ${part} ${t.toFixed(2)} ${tallyLine(tally)}`);
    }
  }
  Object.assign(EXAMPLE_SETTINGS, shipped);
}
