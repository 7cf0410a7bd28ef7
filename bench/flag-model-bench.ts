/**
 * The learned flag scorer's cost, as ratios against the lexicon alone in the same run:
 *  - one article (the first seed article, 2,312 characters; a written stand-in when
 *    ../shared is absent) flagged with the model against the lexicon alone, the two
 *    calls in turn so the machine's load falls on both alike;
 *  - the same over the 181 PTC dev articles, when the shared folder holds them;
 *  - loading the model asset (checking it, building its maps) against compiling the
 *    builtin lexicon, both once per page;
 *  - the asset's bytes, raw and gzipped, beside the lexicon's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lexiconFile from '../assets/lexicon.json';
import modelFile from '../assets/flag-model.json';
import { compileLexicon } from '../core/framing/compile-lexicon';
import { flagText, loadFlagModel } from '../core/framing';
import { sharedPath } from '../scripts/shared-folder';
import { ptcAvailable, readPtc } from '../scripts/flag-model/ptc';
import { measure, measureInterleaved, row, type BenchRow } from './harness';

const SUITE = 'flag-model';

const STAND_IN =
  'The council approved the budget on Tuesday after a long debate. Critics called the plan a reckless giveaway, ' +
  'while the mayor said it was “the best we could do.” The vote was 7-2.\n\n';

function oneArticle(): string {
  try {
    const folder = sharedPath('seeds');
    const file = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()[0];
    if (file) return readFileSync(join(folder, file), 'utf8');
  } catch {
    // No shared folder on this machine: the stand-in keeps the bench runnable.
  }
  return STAND_IN.repeat(40);
}

function bytes(path: string): { raw: number; gzip: number } {
  const data = readFileSync(fileURLToPath(new URL(path, import.meta.url)));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export async function runFlagModelBench(): Promise<BenchRow[]> {
  const text = oneArticle();
  const loaded = loadFlagModel(modelFile);
  if (!loaded.model) throw new Error(loaded.problem);
  const model = loaded.model;
  const [lexiconOnly, withModel] = measureInterleaved(
    () => flagText(text, { model: null }),
    () => flagText(text, { model }),
    { minMs: 2000, minRuns: 20 },
  );
  // The same on every PTC dev article, when the shared folder has them: longer texts, more kinds of words.
  const ptc = ptcAvailable() ? readPtc().map((article) => article.text) : [];
  const [ptcLexicon, ptcModel] = ptc.length
    ? measureInterleaved(
        () => ptc.forEach((t) => flagText(t, { model: null })),
        () => ptc.forEach((t) => flagText(t, { model })),
        { minMs: 4000, minRuns: 5 },
      )
    : [null, null];
  const compile = measure(() => compileLexicon(lexiconFile.entries), { minMs: 500, minRuns: 5 });
  const load = measure(() => loadFlagModel(modelFile), { minMs: 500, minRuns: 5 });
  const asset = bytes('../assets/flag-model.json');
  const lexicon = bytes('../assets/lexicon.json');
  return [
    row(SUITE, 'one article, lexicon and model vs lexicon alone', 'flagText with the lexicon alone', lexiconOnly, withModel, { max: 3, text: '<= 3' }, {
      articleChars: text.length,
      msPerArticle: Number(withModel.medianMs.toFixed(2)),
    }),
    ...(ptcLexicon && ptcModel
      ? [row(SUITE, `${ptc.length} PTC dev articles, lexicon and model vs lexicon alone`, 'flagText with the lexicon alone', ptcLexicon, ptcModel, { max: 3, text: '<= 3' }, { articles: ptc.length })]
      : []),
    row(SUITE, 'loading the model vs compiling the lexicon', 'compileLexicon(builtin)', compile, load, undefined, {
      modelBytes: asset.raw,
      modelGzip: asset.gzip,
      lexiconBytes: lexicon.raw,
      lexiconGzip: lexicon.gzip,
      gzipRatio: Number((asset.gzip / lexicon.gzip).toFixed(2)),
    }),
  ];
}
