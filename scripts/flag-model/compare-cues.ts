import { CUE_SETTINGS } from '../../core/framing/model/context-cues';
import { EXAMPLE_SETTINGS, TRAINING } from './build-model';
import { crossValidate, foldModels } from './cross-validate';
import { tallyLine } from './print-tally';
import { ptcAvailable, PTC_FILE, readPtc } from './ptc';

/**
 * `npx tsx scripts/flag-model/compare-cues.ts [--configs="name:off=far,said,pos=2;…"] [--check]`:
 * the context cues (core/framing/model/context-cues.ts) and the training's class weight,
 * measured by 5-fold cross-validation by article. Choices are made on the articles of
 * folds 0-2 (the tune part, each flagged by a model trained without its fold); folds 3-4
 * (the check part) are printed only with --check, once a choice is made.
 */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const CURVE = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const TUNE = [0, 1, 2];

if (!ptcAvailable()) console.log(`skipped: the PTC articles are not at ${PTC_FILE}`);
else {
  const articles = readPtc();
  const shipped = { ...CUE_SETTINGS };
  const check = process.argv.includes('--check');
  for (const config of (arg('configs') ?? 'all:;none:off=all').split(';')) {
    const [name, spec = ''] = config.split(':');
    const options = Object.fromEntries(spec.split(',').filter(Boolean).map((kv) => kv.split('=')));
    Object.assign(CUE_SETTINGS, shipped);
    for (const key of Object.keys(CUE_SETTINGS) as (keyof typeof CUE_SETTINGS)[]) {
      const off = (options.off ?? '').split('+');
      if (off.includes('all') || off.includes(key)) CUE_SETTINGS[key] = false;
    }
    EXAMPLE_SETTINGS.otherTechniques = options.other === 'out' ? 'left out' : 'negative';
    EXAMPLE_SETTINGS.stopWords = options.stop !== 'no';
    const training = { ...TRAINING, positiveWeight: Number(options.pos ?? 1), l2: Number(options.l2 ?? TRAINING.l2), epochs: Number(options.epochs ?? 8) };
    const models = foldModels(articles, 5, training);
    const parts = check ? [['tune', TUNE], ['check', [3, 4]]] as const : [['tune', TUNE]] as const;
    for (const [part, folds] of parts) {
      const tallies = crossValidate(models.filter((_, i) => (folds as readonly number[]).includes(i)), CURVE);
      for (const [t, tally] of tallies) console.log(`${name} ${part} ${t.toFixed(2)} ${tallyLine(tally)}`);
    }
  }
}
