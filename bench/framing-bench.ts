/**
 * Framing engine benchmarks, all ratios against a baseline run in the same process on
 * the same ~1 MB of article text (the seed articles in ../shared/seeds, repeated; a
 * written stand-in when that folder is absent):
 *  - the token-trie matcher against one case-insensitive, word-bounded RegExp per entry
 *    over the same variant-expanded lexicon;
 *  - throughput in MB/s;
 *  - a 10,000-entry lexicon against a 1,000-entry one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import lexiconFile from '../assets/lexicon.json';
import { compileLexicon, type CompiledLexicon } from '../core/framing/compile-lexicon';
import { findFlags } from '../core/framing/find-flags';
import { surfaceForms } from '../core/framing/variants';
import { sharedPath } from '../scripts/shared-folder';
import { measure, row, type BenchRow } from './harness';

const SUITE = 'framing';
const TARGET_BYTES = 1_000_000;

const STAND_IN =
  'Russian President Vladimir Putin and his Chinese counterpart Xi Jinping praised their anti-Western alliance on Wednesday. ' +
  '“Relations are going through the best period in their history,” Putin said in televised remarks. ' +
  'Xi said China "has always stood on the right side of history." Critics say the summit changed little.\n\n';

function articleText(): string {
  let seed = STAND_IN;
  try {
    const folder = sharedPath('seeds');
    const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
    const joined = files.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n\n');
    if (joined.trim()) seed = `${joined}\n\n`;
  } catch {
    // No shared folder on this machine: the stand-in keeps the bench runnable.
  }
  return seed.repeat(Math.ceil(TARGET_BYTES / seed.length)).slice(0, TARGET_BYTES);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The naive matcher: per entry, one RegExp over all its surface forms, run over the whole text. */
function regexPerEntry(entries: readonly unknown[]): RegExp[] {
  const { lexicon } = compileLexicon(entries);
  return lexicon.entries.map((entry) => {
    const raw = (entries as ReadonlyArray<{ id: string; phrase: string; variants?: string[]; inflect?: 'noun' | 'verb' | 'none' }>).find((e) => e.id === entry.id);
    const forms = surfaceForms(raw ?? { phrase: entry.phrase }).map((tokens) => tokens.map(escapeRegExp).join('[\\s\\-]+'));
    return new RegExp(`\\b(?:${forms.join('|')})\\b`, 'giu');
  });
}

function countRegexMatches(patterns: readonly RegExp[], text: string): number {
  let count = 0;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    while (pattern.exec(text)) count++;
  }
  return count;
}

const WORDS_A = ['reckless', 'shameful', 'sinister', 'phony', 'corrupt', 'radical', 'cowardly', 'bloated', 'rogue', 'failed', 'illegal', 'secret', 'western', 'strategic', 'bilateral'];
const WORDS_B = ['scheme', 'giveaway', 'cabal', 'agenda', 'stunt', 'racket', 'sellout', 'power play', 'charade', 'crusade', 'partnership', 'support', 'meeting', 'relations', 'summit'];
const WORDS_C = ['of the elites', 'in disguise', 'by stealth', 'for cronies', 'at any cost', 'in the region', 'with Moscow', 'for Beijing'];

/** Plausible extra entries ("reckless giveaway by stealth"), some sharing words with the text. */
function syntheticEntries(count: number): unknown[] {
  const entries: unknown[] = [];
  for (let i = 0; entries.length < count; i++) {
    const a = WORDS_A[i % WORDS_A.length];
    const b = WORDS_B[Math.floor(i / WORDS_A.length) % WORDS_B.length];
    const c = WORDS_C[Math.floor(i / (WORDS_A.length * WORDS_B.length)) % WORDS_C.length];
    const phrase = `${a} ${b} ${c} ${i}`;
    entries.push({ id: `synthetic-${i}`, phrase, category: 'label', explanation: 'Synthetic bench entry.', neutral: ['neutral'], inflect: 'noun' });
  }
  return entries;
}

function lexiconOf(size: number): CompiledLexicon {
  const builtin = lexiconFile.entries.slice(0, size);
  return compileLexicon([...builtin, ...syntheticEntries(size - builtin.length)]).lexicon;
}

export async function runFramingBench(): Promise<BenchRow[]> {
  const text = articleText();
  const megabytes = text.length / 1_000_000;
  const builtin = compileLexicon(lexiconFile.entries).lexicon;
  const patterns = regexPerEntry(lexiconFile.entries);

  const baseline = measure(() => countRegexMatches(patterns, text), { minMs: 1000, minRuns: 3 });
  const candidate = measure(() => findFlags(text, builtin), { minMs: 1000, minRuns: 5 });
  const throughput = megabytes / (candidate.medianMs / 1000);

  const small = lexiconOf(1_000);
  const large = lexiconOf(10_000);
  const withSmall = measure(() => findFlags(text, small), { minMs: 1000, minRuns: 5 });
  const withLarge = measure(() => findFlags(text, large), { minMs: 1000, minRuns: 5 });

  return [
    row(SUITE, 'token trie vs RegExp per entry', `${patterns.length} RegExps, one per entry, word-bounded, case-insensitive`, baseline, candidate, { max: 0.05, text: '<= 0.05' }, {
      entries: builtin.entries.length,
      surfaceForms: builtin.formCount,
      textBytes: text.length,
    }),
    row(SUITE, 'throughput', 'RegExp per entry', baseline, candidate, undefined, { candidateMBps: Number(throughput.toFixed(1)), goal: '>= 50 MB/s', pass: throughput >= 50 ? 'yes' : 'no' }),
    row(SUITE, '10,000-entry lexicon vs 1,000-entry', '1,000 entries', withSmall, withLarge, { max: 1.5, text: '<= 1.5' }, {
      smallForms: small.formCount,
      largeForms: large.formCount,
    }),
  ];
}
