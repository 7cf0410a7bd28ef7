/**
 * Scores the builtin lexicon on check-set.jsonl: news-style sentences we wrote and
 * marked by hand, about half with loaded spans and half neutral, many of the neutral
 * ones using ambiguous words ("tax regime", "claimed the title", "massive star"). The
 * sentences were written without looking at the lexicon, and keep loaded phrasing it
 * misses, so recall here is honest rather than tuned.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Flag } from '../../../core/protocol/article';
import { flagText, type FlagOptions } from '../../../core/framing';

interface CheckSentence {
  id: string;
  text: string;
  spans: Array<[number, number]>;
}

const sentences: CheckSentence[] = readFileSync(fileURLToPath(new URL('./check-set.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CheckSentence);

const WORD = /[\p{L}\p{N}]+/gu;

function overlaps(a: readonly [number, number], start: number, end: number): boolean {
  return a[0] < end && start < a[1];
}

interface Score {
  flags: number;
  flagsTouchingSpan: number;
  markedWords: number;
  markedWordsFlagged: number;
  unbiasedSentences: number;
  unbiasedFlags: number;
  falseFlags: string[];
}

/** The lexicon alone (`model: null`), or with the learned scorer deciding (the default). */
function score(options: FlagOptions = { model: null }): Score {
  const result: Score = { flags: 0, flagsTouchingSpan: 0, markedWords: 0, markedWordsFlagged: 0, unbiasedSentences: 0, unbiasedFlags: 0, falseFlags: [] };
  for (const sentence of sentences) {
    const flags: Flag[] = flagText(sentence.text, options);
    result.flags += flags.length;
    for (const flag of flags) {
      if (sentence.spans.some((span) => overlaps(span, flag.start, flag.end))) result.flagsTouchingSpan++;
      else result.falseFlags.push(`${sentence.id}: "${flag.text}" (${flag.entryId})`);
    }
    if (sentence.spans.length === 0) {
      result.unbiasedSentences++;
      result.unbiasedFlags += flags.length;
    }
    for (const span of sentence.spans) {
      for (const word of sentence.text.slice(span[0], span[1]).matchAll(WORD)) {
        const start = span[0] + (word.index ?? 0);
        const end = start + word[0].length;
        result.markedWords++;
        if (flags.some((flag) => flag.start < end && start < flag.end)) result.markedWordsFlagged++;
      }
    }
  }
  return result;
}

describe('check set', () => {
  test('is well formed: ids unique, spans inside the text, at least 300 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(300);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    for (const sentence of sentences) {
      for (const [start, end] of sentence.spans) {
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(sentence.text.length);
        expect(start).toBeLessThan(end);
      }
    }
    const unbiased = sentences.filter((s) => s.spans.length === 0).length;
    expect(unbiased / sentences.length).toBeGreaterThan(0.35);
    expect(unbiased / sentences.length).toBeLessThan(0.65);
  });

  test('meets the quality bar: precision >= 0.70, word recall >= 0.30, <= 1 flag per 20 unbiased sentences', () => {
    const s = score();
    const precision = s.flags === 0 ? 0 : s.flagsTouchingSpan / s.flags;
    const recall = s.markedWords === 0 ? 0 : s.markedWordsFlagged / s.markedWords;
    const per20 = (s.unbiasedFlags / Math.max(1, s.unbiasedSentences)) * 20;
    console.log(
      [
        `check set: ${sentences.length} sentences, ${s.unbiasedSentences} unbiased`,
        `  precision (flags touching a marked span): ${s.flagsTouchingSpan}/${s.flags} = ${precision.toFixed(3)}`,
        `  word recall: ${s.markedWordsFlagged}/${s.markedWords} = ${recall.toFixed(3)}`,
        `  flags per 20 unbiased sentences: ${per20.toFixed(2)} (${s.unbiasedFlags} flags)`,
        ...s.falseFlags.map((line) => `  false flag ${line}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.7);
    expect(recall).toBeGreaterThanOrEqual(0.3);
    expect(per20).toBeLessThanOrEqual(1);
  });

  // The learned scorer was trained on other people's marks (PTC), which leave attribution
  // verbs and unnamed sources unmarked, so its recall here is lower; it must not add
  // false flags on the neutral sentences, most of which hold words loaded elsewhere.
  test('with the learned scorer: still <= 1 flag per 20 unbiased sentences, and precision >= 0.70', () => {
    const s = score({});
    const precision = s.flags === 0 ? 0 : s.flagsTouchingSpan / s.flags;
    const per20 = (s.unbiasedFlags / Math.max(1, s.unbiasedSentences)) * 20;
    console.log(`check set with the learned scorer: precision ${precision.toFixed(3)}, word recall ${(s.markedWordsFlagged / s.markedWords).toFixed(3)}, ${per20.toFixed(2)} per 20 unbiased`);
    expect(per20).toBeLessThanOrEqual(1);
    expect(precision).toBeGreaterThanOrEqual(0.7);
  });
});
