import { describe, expect, test } from 'vitest';
import { flagText as flagWithModel, type FlagOptions } from '../../../core/framing';
import { findQuoteSpans } from '../../../core/framing/quote-spans';
import { cleanName, speakerOf } from '../../../core/framing/quote-speaker';

// The lexicon's own behaviour: the learned scorer's judgment is tested in model/.
const flagText = (text: string, options: FlagOptions = {}) => flagWithModel(text, { ...options, model: null });

const quoted = (text: string): string[] => findQuoteSpans(text).filter((s) => !s.nested).map((s) => text.slice(s.contentStart, s.contentEnd));

describe('findQuoteSpans: must find', () => {
  test.each([
    ['curly doubles', 'He said “we will win” today.', ['we will win']],
    ['straight doubles', 'China "has always stood on the right side of history."', ['has always stood on the right side of history.']],
    ['German low-high', 'Er sagte „wir gewinnen“ heute.', ['wir gewinnen']],
    ['French guillemets', 'Il a dit « nous gagnerons » hier.', [' nous gagnerons ']],
    ['curly singles', 'Relations are ‘at their best’, Xi says.', ['at their best']],
    ['straight singles in a headline', "Relations are 'at their best in history,' Xi, Putin says", ['at their best in history,']],
    ['two quotes in one sentence', '“One,” he said, “two.”', ['One,', 'two.']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  test('a quotation carried over a paragraph break by a new opening mark stays one quotation', () => {
    const text = '“We will not stop.\n\n“We will go on,” he said. Then he left.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('“We will not stop.\n\n“We will go on,”');
  });

  test('an unclosed quotation ends with its paragraph', () => {
    const text = 'He said “we will win.\n\nThe regime fell.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.closed).toBe(false);
    expect(spans[0]?.end).toBe(text.indexOf('\n'));
  });

  test('single quotes nested in double quotes are marked nested', () => {
    const spans = findQuoteSpans('“They call it ‘peace’,” he said.');
    expect(spans.map((s) => s.nested)).toEqual([false, true]);
  });
});

describe('findQuoteSpans: must not find', () => {
  test.each([
    ["apostrophes", "Don't touch the leaders' summit in Moscow's rain, it's the '90s."],
    ['an unclosed single quote', "He said 'maybe and walked off into the evening."],
    ['empty quotes', 'It was "" and “ ” and \'\'.'],
  ])('%s', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('speaker attribution', () => {
  test.each([
    ['“Relations are at their best,” Putin said in televised remarks.', 'Putin'],
    ['“Relations are at their best,” said Russian President Vladimir Putin.', 'Vladimir Putin'],
    ['“Relations are at their best,” Putin, the Russian leader, said.', 'Putin'],
    ['Russian President Vladimir Putin said: “We are ready.”', 'Vladimir Putin'],
    ['For his part, Xi told Putin in brief opening remarks that they must stand “in the face of turbulent international situations.”', 'Xi'],
    ['Xi indicated his support for Russia on the subject of its full-scale war on Ukraine, saying on the sidelines of the summit that China "has always stood on the right side of history."', 'Xi'],
    ['The deal was “a good start,” according to Finnish President Alexander Stubb.', 'Alexander Stubb'],
    ["Relations between Russia, China are 'at their best in history,' Xi, Putin says", 'Xi, Putin'],
  ])('%s → %s', (text, speaker) => {
    const [span] = findQuoteSpans(text).filter((s) => !s.nested);
    expect(span && speakerOf(text, span)).toBe(speaker);
  });

  test.each([
    ['Speaking about the SCO, the Russian leader said that it had “established itself as a pillar.”'],
    ['“We will win,” he said.'],
    ['“Relationship, partnership and cooperation at a great moment”'],
  ])('unsure → null: %s', (text) => {
    const [span] = findQuoteSpans(text);
    expect(span && speakerOf(text, span)).toBeNull();
  });

  test.each([
    ['Russian President Vladimir Putin', 'Vladimir Putin'],
    ['The Kremlin', 'Kremlin'],
    ['Prime Minister Keir Starmer', 'Keir Starmer'],
    ['He', null],
  ])('cleanName(%s) → %s', (raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });
});

describe('voice on the seed articles', () => {
  test('“anti-Western alliance” is Deutsche Welle’s own voice', () => {
    const text =
      'Russian President Vladimir Putin and his Chinese counterpart Xi Jinping praised their efforts to strengthen their anti-Western alliance in Kazakhstan on Wednesday, on the sidelines of a summit where they also seek to increase their influence in Central Asia.';
    const flag = flagText(text).find((f) => f.entryId === 'anti-western-alliance');
    expect(flag).toMatchObject({ text: 'anti-Western alliance', category: 'label', voice: 'outlet', speaker: null });
  });

  test('“right side of history” is Xi’s, inside a quotation', () => {
    const text =
      'Xi indicated his support for Russia on the subject of its full-scale war on Ukraine, saying on the sidelines of the summit that China "has always stood on the right side of history."';
    const flag = flagText(text).find((f) => f.entryId === 'right-side-of-history');
    expect(flag).toMatchObject({ text: 'right side of history', category: 'verdict', voice: 'quote', speaker: 'Xi' });
  });
});
