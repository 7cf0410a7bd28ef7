/**
 * `npx tsx scripts/flag-answers.ts OUT.jsonl [--sliced]`: every PTC dev article's flags
 * with the shipped model at each of the reader's settings, the lexicon's alone, and every
 * word's score (12 significant digits), one JSON line an article. A change meant to make
 * the scorer cheaper without changing what it decides is proved by two files that
 * compare equal (`cmp before.jsonl after.jsonl`). `--sliced` flags each article in
 * slices of 1,500 characters too, as the content script does a long article.
 *
 * The file holds the corpus's words (flags' text): it is written outside the repository
 * and never committed.
 */
import { writeFileSync } from 'node:fs';
import { builtinFlagModel, flagText } from '../core/framing';
import { scoreWords } from '../core/framing/model/model-flags';
import { findFlagsAndVetoes } from '../core/framing/find-flags';
import { builtinLexicon } from '../core/framing';
import { flagInSlices } from '../dom/pipeline/flag-in-slices';
import { ptcAvailable, PTC_FILE, readPtc } from './flag-model/ptc';

const SETTINGS = ['fewer', 'standard', 'more'] as const;
const SLICE_CHARS = 1_500;

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function main(): void {
  const out = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!out) {
    process.stderr.write('usage: npx tsx scripts/flag-answers.ts OUT.jsonl [--sliced]\n');
    process.exit(2);
  }
  if (!ptcAvailable()) {
    console.log(`skipped: the PTC articles are not at ${PTC_FILE}`);
    return;
  }
  const { model, problem } = builtinFlagModel();
  if (!model) throw new Error(problem);
  const sliced = process.argv.includes('--sliced');
  const lines: string[] = [];
  for (const article of readPtc()) {
    const answer: Record<string, unknown> = { id: article.id, lexicon: flagText(article.text, { model: null }) };
    for (const sensitivity of SETTINGS) answer[sensitivity] = flagText(article.text, { model, sensitivity });
    if (sliced) answer.sliced = drain(flagInSlices(article.text, { model }, SLICE_CHARS));
    const lexiconFlags = findFlagsAndVetoes(article.text, builtinLexicon()).flags;
    answer.scores = scoreWords(article.text, model, lexiconFlags).scored.map((w) => Number(w.score.toPrecision(12)));
    lines.push(JSON.stringify(answer));
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} articles written to ${out}`);
}

main();
