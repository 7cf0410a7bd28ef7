import { readFileSync } from 'node:fs';
import { flagText } from '../core/framing';
import { evalPtc } from './flag-model/eval-ptc';

/**
 * `npm run eval:flags -- FILE.jsonl`: framing quality on sentences marked by people, the
 * way the held-out figures are taken. Lines are `{"id","text","spans":[[start,end],...]}`;
 * a sentence with no spans counts as unbiased. Prints the share of flags that touch a
 * marked span, the word recall of marked words, and flags per 20 unbiased sentences.
 * `--lexicon-only` flags without the learned scorer, for comparison.
 *
 * `npm run eval:flags -- --ptc [--folds=5]`: the same measures on real articles marked
 * by others, with the learned scorer cross-validated by article (see flag-model/eval-ptc.ts).
 */

interface Sentence {
  id: string;
  text: string;
  spans: [number, number][];
}

const WORD = /[\p{L}\p{N}]+/gu;

function main(file: string): void {
  const sentences = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Sentence);
  let flags = 0;
  let touching = 0;
  let markedWords = 0;
  let flaggedWords = 0;
  let unbiased = 0;
  let unbiasedFlags = 0;
  const misses: string[] = [];
  const falseFlags: string[] = [];
  for (const s of sentences) {
    const found = flagText(s.text, process.argv.includes('--lexicon-only') ? { model: null } : {});
    flags += found.length;
    for (const f of found) {
      if (s.spans.some(([a, b]) => a < f.end && f.start < b)) touching++;
      else falseFlags.push(`${s.id}: "${f.text}" (${f.category})`);
    }
    if (s.spans.length === 0) {
      unbiased++;
      unbiasedFlags += found.length;
    }
    for (const [a, b] of s.spans) {
      for (const w of s.text.slice(a, b).matchAll(WORD)) {
        const start = a + (w.index ?? 0);
        const end = start + w[0].length;
        markedWords++;
        if (found.some((f) => f.start < end && start < f.end)) flaggedWords++;
        else misses.push(`${s.id}: ${w[0]}`);
      }
    }
  }
  const ratio = (n: number, d: number) => (d === 0 ? 'n/a' : (n / d).toFixed(3));
  console.log(`${sentences.length} sentences (${unbiased} unbiased), ${flags} flags`);
  console.log(`share of flags touching a marked span: ${ratio(touching, flags)} (${touching}/${flags})`);
  console.log(`word recall of marked words:           ${ratio(flaggedWords, markedWords)} (${flaggedWords}/${markedWords})`);
  console.log(`flags per 20 unbiased sentences:       ${unbiased ? ((unbiasedFlags / unbiased) * 20).toFixed(2) : 'n/a'}`);
  if (process.argv.includes('--verbose')) {
    console.log('\nflags outside marked spans:\n  ' + falseFlags.join('\n  '));
    console.log('\nmarked words not flagged (first 60):\n  ' + misses.slice(0, 60).join('\n  '));
  }
}

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const folds = Number(/^--folds=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--folds=')) ?? '')?.[1] ?? 5);
if (process.argv.includes('--ptc')) evalPtc(folds);
else if (!file) {
  process.stderr.write('usage: npm run eval:flags -- FILE.jsonl [--verbose] [--lexicon-only] | --ptc [--folds=5]\n');
  process.exitCode = 2;
} else main(file);
