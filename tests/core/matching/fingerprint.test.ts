import { describe, expect, test } from 'vitest';
import type { AccountInput } from '../../../core/matching/account';
import { fingerprint, fingerprintKeys, LIMITS, type Fingerprint } from '../../../core/matching/fingerprint';
import { FIXTURES } from './fixtures';
import { describeWithShared } from '../../needs-shared';
import { SEED_FILES, SEEDS } from './seeds';

const names = (fp: Fingerprint): string[] => [...fp.words.d.filter((_, i) => fp.words.c[i] !== '-'), ...fp.names.d];
const words = (fp: Fingerprint): string[] => fp.words.k.filter((_, i) => fp.words.c[i] === '-');
const input = (over: Partial<AccountInput>): AccountInput => ({ id: 'x', title: null, text: '', outlet: null, url: null, date: null, ...over });

describeWithShared('fingerprint of the seed accounts', SEED_FILES, () => {
  const dw = fingerprint(SEEDS!.dw);
  const kyiv = fingerprint(SEEDS!.kyiv);

  test.each([
    ['dw', dw, ['Putin', 'Xi', 'SCO', 'Astana', 'Shanghai Cooperation Organization']],
    ['kyiv', kyiv, ['Putin', 'Xi', 'SCO', 'Astana', 'Xi Jinping']],
  ])('%s names the people, places and organisations', (_, fp, expected) => {
    for (const name of expected) expect(names(fp)).toContain(name);
  });

  test.each([
    ['dw', dw, 'best period in their history'],
    ['kyiv', kyiv, 'at their best in history'],
  ])('%s keeps its quotation', (_, fp, quote) => {
    expect(fp.quotes.map((q) => q.t).join(' | ')).toContain(quote);
  });

  test('sentence starters and Title Case words are not names', () => {
    for (const fp of [dw, kyiv]) for (const word of ['Although', 'Speaking', 'Various', 'The']) expect(names(fp)).not.toContain(word);
  });

  test('kinds: Putin is a person, Astana a place, SCO an organisation', () => {
    const kind = (fp: Fingerprint, display: string): string | undefined => fp.words.c[fp.words.d.indexOf(display)];
    expect(kind(kyiv, 'Putin')).toBe('p');
    expect(kind(kyiv, 'Astana')).toBe('l');
    expect(kind(kyiv, 'SCO')).toBe('o');
  });
});

describe('fingerprint shape', () => {
  test.each(FIXTURES.map((f) => [f.id, f] as const))('%s is plain JSON and bounded', (_, f) => {
    const fp = fingerprint(f);
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
    expect(fp.words.k.length).toBeLessThanOrEqual(LIMITS.words);
    expect(fingerprintKeys(fp).length).toBeLessThanOrEqual(LIMITS.words + LIMITS.names + LIMITS.nums + LIMITS.quotes);
    expect(new Set(fingerprintKeys(fp)).size).toBe(fingerprintKeys(fp).length);
  });

  test('a page of one endless word or a shouted run of capitals still gives a small fingerprint (tests/fuzz)', () => {
    // One 20,000-letter "word" made a 40 KB fingerprint; 60 capitalised words made one 500-character name.
    const endless = fingerprint(input({ title: 'Floods', text: `${'ab'.repeat(10_000)} ${'9'.repeat(5_000)}.` }));
    expect(JSON.stringify(endless).length).toBeLessThan(2_000);
    const shouted = fingerprint(input({ title: 'Council Meets', text: `The ${'Headline Words Here '.repeat(20)}came out. Then it rained on Hadley Council.` }));
    expect(shouted.names.k.every((k) => k.split(' ').length <= 8)).toBe(true);
    expect(JSON.stringify(shouted).length).toBeLessThan(4_000);
  });

  test('a Title Case headline does not turn its verbs into names', () => {
    const fp = fingerprint(FIXTURES.find((f) => f.id === 'norvik-2')!);
    expect(names(fp)).toEqual(expect.arrayContaining(['Kessel Bridge', 'Ilse Varga', 'Norvik']));
    expect(names(fp)).not.toContain('Shuts');
    expect(words(fp)).toContain('shut');
  });

  test('headline words outweigh body words', () => {
    const fp = fingerprint(FIXTURES[0]!);
    const weight = (key: string): number => fp.words.w[fp.words.k.indexOf(key)]!;
    expect(weight('collaps')).toBeGreaterThan(weight('inspection'));
  });

  test.each([
    ['ISO with offset', '2024-07-04T09:22:00+02:00', Date.UTC(2024, 6, 4, 7, 22)],
    ['date only', '2024-07-04', Date.UTC(2024, 6, 4)],
    ['garbage', 'yesterday', null],
    ['missing', null, null],
  ])('time from %s', (_, date, expected) => {
    expect(fingerprint(input({ text: 'Putin met Xi.', date })).time).toBe(expected);
  });
});

describe('bad input never throws and stays small', () => {
  const huge = 'Putin met Xi in Astana on Wednesday. "We are friends," Putin said. '.repeat(80_000); // ~5.4 MB
  test.each([
    ['no title, no date', input({ text: 'Putin met Xi in Astana.' })],
    ['one word', input({ text: 'Astana' })],
    ['empty text', input({ text: '' })],
    ['only punctuation and digits', input({ title: '—', text: '!!! 42 ... ” “ ‘' })],
    ['unbalanced quotes', input({ text: '"He said "it is "over' })],
    ['text not a string at runtime', input({ text: null as unknown as string })],
    ['5 MB text', input({ title: 'Summit', text: huge })],
  ])('%s', (_, account) => {
    const fp = fingerprint(account);
    expect(JSON.stringify(fp).length).toBeLessThan(12_000);
  });
});
