import { describe, expect, test } from 'vitest';
import lexiconFile from '../../../assets/lexicon.json';
import { compileLexicon, compileLexiconSteps, flagText, readerLexiconSteps } from '../../../core/framing';

/** The stepwise compile gives the page its thread back between batches and builds the same lexicon. */

function drive<T>(steps: Generator<void, T, void>): { result: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, pauses };
    pauses++;
  }
}

const TEXT = 'The regime slammed what critics say was an unprecedented crackdown by the so-called council.';

describe('compileLexiconSteps', () => {
  test('pauses between batches and matches the one-go compile', () => {
    const { result, pauses } = drive(compileLexiconSteps(lexiconFile.entries, {}, 50));
    expect(pauses).toBe(Math.ceil(lexiconFile.entries.length / 50) - 1);
    const whole = compileLexicon(lexiconFile.entries);
    expect(result.lexicon.formCount).toBe(whole.lexicon.formCount);
    expect(flagText(TEXT, { lexicon: result.lexicon })).toEqual(flagText(TEXT, { lexicon: whole.lexicon }));
  });

  test('reports a bad user entry with its number across batches', () => {
    const user = [...Array.from({ length: 70 }, (_, i) => ({ phrase: `own phrase ${i}`, category: 'label' })), { phrase: '', category: 'label' }];
    const { result } = drive(compileLexiconSteps([], { userEntries: user }, 30));
    expect(result.errors.join('\n')).toMatch(/user entry 71/);
  });

  test('the builtin lexicon is compiled once per session', () => {
    const first = drive(readerLexiconSteps([])).result;
    const again = drive(readerLexiconSteps([]));
    expect(again.result).toBe(first);
    expect(again.pauses).toBe(0);
  });
});
