import { describe, expect, test } from 'vitest';
import type { Flag } from '../../../core/protocol/article';
import { findQuoteSpans, flagText } from '../../../core/framing';
import { flagInSlices, sliceBounds } from '../../../dom/pipeline/flag-in-slices';
import { listFixturePages } from '../../fixtures/fixture-pages';
import { generateLongArticle } from '../../fixtures/long-article';

function runAll(slices: Generator<void, Flag[]>): { flags: Flag[]; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = slices.next();
    if (step.done) return { flags: step.value, pauses };
    pauses++;
  }
}

const ARTICLES = [
  ...listFixturePages().flatMap((page) => (page.expected.isNews ? [[page.path, page.expected.body] as const] : [])),
  ['long-read, 180 paragraphs', generateLongArticle({ paragraphs: 180 }).body] as const,
];

describe('flagging a slice at a time gives what one pass gives', () => {
  test.each(ARTICLES.flatMap(([name, text]) => [300, 2_000].map((size) => [name, size, text] as const)))(
    '%s, slices of %i characters',
    (_, size, text) => {
      const { flags, pauses } = runAll(flagInSlices(text, {}, size));
      expect(flags).toEqual(flagText(text));
      if (text.length > size * 2) expect(pauses).toBeGreaterThan(0);
      for (const flag of flags) expect(text.slice(flag.start, flag.end)).toBe(flag.text);
    },
  );

  test('a text shorter than a slice is one pass, with no pause', () => {
    expect(runAll(flagInSlices('The regime slammed the plan.', {})).pauses).toBe(0);
  });

  test('the reader’s mutes apply in every slice', () => {
    const text = generateLongArticle({ paragraphs: 60 }).body;
    const { flags } = runAll(flagInSlices(text, { mutedPhrases: ['regime'], model: null }, 1_000));
    expect(flags.some((f) => f.text.toLowerCase() === 'regime')).toBe(false);
    expect(flags.length).toBeGreaterThan(0);
  });
});

describe('sliceBounds', () => {
  const para = (s: string) => `${s} `.repeat(20).trim();

  test('cuts at paragraph starts, about every slice', () => {
    const text = Array.from({ length: 12 }, (_, i) => para(`Paragraph ${i} says little.`)).join('\n\n');
    const bounds = sliceBounds(text, findQuoteSpans(text), 1_000);
    expect(bounds[0]).toBe(0);
    expect(bounds.at(-1)).toBe(text.length);
    expect(bounds.length).toBeGreaterThan(3);
    for (const cut of bounds.slice(1, -1)) expect(text.slice(cut - 2, cut)).toBe('\n\n');
  });

  test('never inside a quotation that runs on over several paragraphs', () => {
    const quote = `“${para('We will keep going.')}\n\n“${para('And we will not stop,')}” she said.`;
    const text = [para('A plain opening paragraph.'), quote, para('A plain closing paragraph.')].join('\n\n');
    const quotes = findQuoteSpans(text);
    const runOn = quotes.find((q) => text.slice(q.start, q.end).includes('\n\n'));
    expect(runOn).toBeDefined();
    for (const size of [50, 200, 400, 700]) {
      for (const cut of sliceBounds(text, quotes, size)) expect(cut <= runOn!.start || cut >= runOn!.end).toBe(true);
    }
  });
});
