import { describe, expect, test } from 'vitest';
import { groupByOutlet, outletSlots } from '../../../core/compare/group-by-outlet';
import { monogram, nameFromHost, outletKey, outletName } from '../../../core/identity/outlet-name';

describe('outletName', () => {
  test.each<[string | null, string, string]>([
    ['The Northern Ledger', 'https://ledger.example/a', 'The Northern Ledger'],
    ['  Harbour Independent ', 'https://harbour.example/a', 'Harbour Independent'],
    [null, 'https://www.Wire.example/a/1', 'wire.example'],
    ['   ', 'http://127.0.0.1:4173/outlet-one/a.html', '127.0.0.1'],
    [null, 'https://user@news.example.co.uk/a', 'news.example.co.uk'],
  ])('%j at %s → %s', (siteName, url, expected) => {
    expect(outletName(siteName, url)).toBe(expected);
  });
});

describe('outletKey', () => {
  describe('must be one outlet', () => {
    test.each([
      ['The Northern Ledger', 'Northern ledger'],
      ['Harbour Independent', 'HARBOUR  INDEPENDENT'],
      ['Le Monde', 'Le  Monde'],
      ['Café Times', 'Cafe Times'],
    ])('%s = %s', (a, b) => {
      expect(outletKey(a)).toBe(outletKey(b));
    });
  });

  describe('must be two outlets', () => {
    test.each([
      ['The Northern Ledger', 'Northern Wire'],
      ['The Times', 'Times Union'],
    ])('%s ≠ %s', (a, b) => {
      expect(outletKey(a)).not.toBe(outletKey(b));
    });
  });

  test('a name that is only an article keeps it', () => {
    expect(outletKey('The')).toBe('the');
  });
});

describe('monogram', () => {
  test.each([
    ['The Northern Ledger', 'NL'],
    ['Harbour Independent', 'HI'],
    ['Eastgate Wire', 'EW'],
    ['Reuters', 'Re'],
    ['wire.example', 'Wi'],
    ['The', 'Th'],
    ['Łódź Daily', 'ŁD'],
    ['—', '?'],
  ])('%s → %s', (name, expected) => {
    expect(monogram(name)).toBe(expected);
  });
});

describe('groupByOutlet', () => {
  const a = (siteName: string | null, url: string) => ({ siteName, url });

  test('groups in the order of their first (best) account, named as that account spells it', () => {
    const accounts = [
      a('The Northern Ledger', 'https://ledger.example/1'),
      a(null, 'https://wire.example/2'),
      a('Northern Ledger', 'https://ledger.example/3'),
      a(null, 'https://www.wire.example/4'),
    ];
    expect(groupByOutlet(accounts)).toEqual([
      { key: 'northern ledger', name: 'The Northern Ledger', accounts: [accounts[0], accounts[2]] },
      { key: 'wire example', name: 'wire.example', accounts: [accounts[1], accounts[3]] },
    ]);
  });

  test('no accounts, no groups', () => {
    expect(groupByOutlet([])).toEqual([]);
  });
});

describe('outletSlots', () => {
  test.each<[string, string[], Array<[string, number]>]>([
    ['Harbour Independent', ['northern ledger', 'eastgate wire'], [['harbour independent', 0], ['northern ledger', 1], ['eastgate wire', 2]]],
    ['The Northern Ledger', ['northern ledger', 'eastgate wire'], [['northern ledger', 0], ['eastgate wire', 1]]],
  ])('reading %s', (current, keys, expected) => {
    expect([...outletSlots(current, keys)]).toEqual(expected);
  });
});

describe('nameFromHost', () => {
  test.each([
    ['www.northern-ledger.example', 'Northern Ledger'],
    ['news.bbc.co.uk', 'Bbc'],
    ['kyivindependent.com', 'Kyivindependent'],
    ['127.0.0.1', null],
  ])('%s → %s', (host, expected) => {
    expect(nameFromHost(host)).toBe(expected);
  });
});
