import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trainModelFile } from './flag-model/build-model';
import { ptcAvailable, PTC_FILE, readPtc } from './flag-model/ptc';

/**
 * `npm run train:flags`: learns the flag scorer from all of ptc-dev and writes
 * assets/flag-model.json. The figures to quote come from `npm run eval:flags -- --ptc`,
 * which trains a model per fold and never scores an article its model was trained on.
 * The asset holds feature weights and affect scores only, never a span of the corpus.
 */
const OUT = resolve(import.meta.dirname, '../assets/flag-model.json');

if (!ptcAvailable()) {
  process.stderr.write(`training corpus not found at ${PTC_FILE}\n`);
  process.exitCode = 1;
} else {
  const articles = readPtc();
  const file = trainModelFile(articles, `PTC dev (SemEval-2020 Task 11), ${articles.length} articles: Loaded_Language and Name_Calling,Labeling`);
  // One weight step per line keeps diffs of a retrained model readable.
  const json = JSON.stringify(file).replace(/,"/g, ',\n"');
  writeFileSync(OUT, json + '\n');
  console.log(`wrote ${OUT}: ${json.length} bytes`);
}
