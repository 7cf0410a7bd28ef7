import { describe, expect, test } from 'vitest';
import { compareAccounts, type PhraseUse } from '../../../core/compare/compare-accounts';
import { HARBOUR, LEDGER, WIRE, account, own, quoted } from './accounts';

describe('columns', () => {
  test('one per outlet, the article being read first; two accounts of one outlet share a column', () => {
    const second = account('Northern Ledger', 'https://ledger.example/summit-2', 'Sorel leaves Kestrel', 'Lin Sorel left Kestrel on Thursday.');
    const { outlets } = compareAccounts([HARBOUR, LEDGER, second, WIRE]);
    expect(outlets).toEqual([
      { name: 'Harbour Independent', urls: [HARBOUR.url], current: true, pieceKinds: [] },
      { name: 'The Northern Ledger', urls: [LEDGER.url, second.url], current: false, pieceKinds: [] },
      { name: 'Eastgate Wire', urls: [WIRE.url], current: false, pieceKinds: [] },
    ]);
  });
});

describe('framing phrases', () => {
  const { phrases } = compareAccounts([HARBOUR, LEDGER, WIRE]);
  const row = (entryId: string) => phrases.find((r) => r.entryId === entryId);

  // Columns: Harbour Independent, The Northern Ledger, Eastgate Wire.
  test.each<[string, string, Array<PhraseUse | null>, number]>([
    ['used by one outlet in its own words', 'anti-western-alliance', [null, 'own', 'quoted'], 2],
    ['quoted by one outlet only', 'right-side-of-history', ['quoted', null, null], 1],
    ['forms of one entry (slam, Slams, slammed) in one row', 'slam', ['own', 'own', null], 2],
  ])('%s', (_name, entryId, uses, outletCount) => {
    expect(row(entryId)?.cells.map((cell) => cell?.use ?? null)).toEqual(uses);
    expect(row(entryId)?.outletCount).toBe(outletCount);
  });

  test.each([
    ['the wording used most, lower case over a sentence-initial capital', 'slam', 'slam'],
    ['as printed', 'anti-western-alliance', 'anti-Western alliance'],
  ])('a row shows %s', (_name, entryId, text) => {
    expect(row(entryId)?.text).toBe(text);
  });

  test('a quoted cell names its speaker', () => {
    expect(row('right-side-of-history')?.cells[0]).toEqual({ use: 'quoted', speakers: ['Sorel'] });
  });

  test('own words and a quotation of the same phrase in one outlet is “both”', () => {
    const mixed = account('Mixed', 'https://m.example/1', 'T', 'x', [own('regime', 'regime'), quoted('regime', 'regime', null)]);
    expect(compareAccounts([mixed, LEDGER]).phrases.find((r) => r.entryId === 'regime')?.cells).toEqual([{ use: 'both', speakers: [] }, null]);
  });

  test('shared phrases first, then each outlet’s own, column by column', () => {
    expect(phrases.map((r) => r.entryId)).toEqual(['slam', 'anti-western-alliance', 'right-side-of-history']);
  });

  test('no flags anywhere, no rows', () => {
    const plain = account('Plain', 'https://p.example/1', 'T', 'x');
    expect(compareAccounts([plain, { ...plain, outlet: 'Other', url: 'https://o.example/1' }]).phrases).toEqual([]);
  });
});

describe('quotations', () => {
  const { quotes } = compareAccounts([HARBOUR, LEDGER, WIRE]);
  const find = (words: string) => quotes.find((q) => q.text.includes(words));

  describe('must join as one quotation', () => {
    test.each([
      ['verbatim copies and a clipped headline version, carried by all', 'best period in its history', [true, true, true], 'all'],
    ])('%s', (_name, words, carried, reach) => {
      expect(find(words)).toMatchObject({ carried, reach });
      expect(quotes.filter((q) => q.text.includes(words))).toHaveLength(1);
    });
  });

  describe('must stay apart', () => {
    test.each([
      ['a quote only one outlet carries, though it shares “history” with another', 'right side of history', [true, false, false], 'one'],
      ['a quote only another outlet carries', 'did not exist', [false, false, true], 'one'],
    ])('%s', (_name, words, carried, reach) => {
      expect(find(words)).toMatchObject({ carried, reach });
    });
  });

  test('a scare-quoted phrase of two words is still a quote; a single word never is', () => {
    expect(find('anti-Western alliance')).toMatchObject({ reach: 'one', carried: [false, false, true] });
    expect(find('anti-Western alliance')).not.toBe(find('did not exist'));
    expect(quotes.some((q) => !q.text.includes(' '))).toBe(false);
  });

  test('carried by some outlets but not all', () => {
    const quiet = account('Quiet Post', 'https://quiet.example/1', 'Summit ends', 'Arvid Hollen left Kestrel on Thursday.');
    expect(compareAccounts([HARBOUR, LEDGER, quiet]).quotes[0]).toMatchObject({ carried: [true, true, false], reach: 'some' });
  });

  test('rows run: in every account, in some, in one only', () => {
    const order = { all: 0, some: 1, one: 2 };
    const reaches = quotes.map((q) => order[q.reach]);
    expect(reaches).toEqual([...reaches].sort());
  });
});

describe('facts only one outlet reports', () => {
  const { facts } = compareAccounts([HARBOUR, LEDGER, WIRE]);
  const texts = (column: number) => facts[column]!.map((f) => f.text);

  describe('must list', () => {
    test.each([
      ['a person only one names', 1, { text: 'Omar Besik', kind: 'person', context: null }],
      ['an organisation only one names', 0, { text: 'Coastal Union', kind: 'organisation' }],
      ['a figure, with the words around it', 1, { text: '2027', kind: 'number', context: '…double cross-border rail freight by 2027' }],
      ['a date figure, with its month', 0, { text: '12', kind: 'number', context: 'The talks began on March 12' }],
    ])('%s', (_name, column, fact) => {
      expect(facts[column]).toContainEqual(expect.objectContaining(fact));
    });
  });

  describe('must not list', () => {
    test.each([
      ['a name every account has', 'Kestrel'],
      ['a person another account names by surname only', 'Lin Sorel'],
      ['the outlet naming itself', 'Eastgate Wire'],
      ['a people’s name where another says the place (“Marovian”, “Marovia”)', 'Marovian'],
    ])('%s', (_name, text) => {
      expect([...texts(0), ...texts(1), ...texts(2)]).not.toContain(text);
    });
  });

  test('with one outlet alone there is nothing to set apart', () => {
    expect(compareAccounts([LEDGER]).facts).toEqual([[]]);
  });
});
