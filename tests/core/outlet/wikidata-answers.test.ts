import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanLabel, entitiesFrom, itemsFromSparql, wikipediaLink, WIKIDATA_LIMITS } from '../../../core/outlet/wikidata-answers';
import { websiteQuery, websiteVariants } from '../../../core/outlet/wikidata-query';

const FIXTURES = join(import.meta.dirname, '../../fixtures/wikidata');
const recorded = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

describe('recorded answers in Wikidata’s documented formats', () => {
  test('SPARQL JSON results: the item bound to ?item', () => {
    expect(itemsFromSparql(recorded('sparql-northern-ledger.json'))).toEqual(['Q900101']);
    expect(itemsFromSparql(recorded('sparql-empty.json'))).toEqual([]);
  });

  test('wbgetentities: labels, current statements only, the founding year, Wikipedia titles', () => {
    const entities = entitiesFrom(recorded('entities.json'));
    const outlet = entities.get('Q900101')!;
    expect(outlet.labels['en']).toBe('The Northern Ledger');
    // The deprecated "online newspaper" is left out; so is the owner whose statement has an end time.
    expect(outlet.claims.P31).toEqual(['Q11032']);
    expect(outlet.claims.P127).toEqual(['Q900102']);
    expect(outlet.claims.P17).toEqual(['Q20']);
    expect(outlet.founded).toBe('1821');
    expect(outlet.wikipedia).toEqual({ en: 'The Northern Ledger', no: 'Nordlig Hovedbok' });
    expect(wikipediaLink(outlet, ['no', 'en'])).toEqual({ url: 'https://no.wikipedia.org/wiki/Nordlig_Hovedbok', lang: 'no', title: 'Nordlig Hovedbok' });
    expect(wikipediaLink(outlet, ['de', 'en'])?.url).toBe('https://en.wikipedia.org/wiki/The_Northern_Ledger');
  });

  test('a preferred statement stands alone; a year before the common era keeps its sign; a century is not a year', () => {
    const claim = (time: string, precision: number, rank = 'normal') => ({
      rank,
      mainsnak: { snaktype: 'value', datavalue: { type: 'time', value: { time, precision } } },
    });
    const item = (rank: string, id: string) => ({ rank, mainsnak: { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id } } } });
    const entities = entitiesFrom({
      entities: {
        Q1: { id: 'Q1', claims: { P571: [claim('-0044-00-00T00:00:00Z', 9)], P127: [item('normal', 'Q2'), item('preferred', 'Q3')] } },
        Q4: { id: 'Q4', claims: { P571: [claim('+1800-00-00T00:00:00Z', 7)] } },
      },
    });
    expect(entities.get('Q1')?.founded).toBe('-0044');
    expect(entities.get('Q1')?.claims.P127).toEqual(['Q3']);
    expect(entities.get('Q4')?.founded).toBeNull();
  });

  test('the query holds the site’s address variants and nothing else', () => {
    expect(websiteVariants('www.northern-ledger.test')).toEqual([
      'https://northern-ledger.test/',
      'https://northern-ledger.test',
      'http://northern-ledger.test/',
      'http://northern-ledger.test',
      'https://www.northern-ledger.test/',
      'https://www.northern-ledger.test',
      'http://www.northern-ledger.test/',
      'http://www.northern-ledger.test',
    ]);
    expect(websiteQuery('northern-ledger.test')).toContain('<https://www.northern-ledger.test/>');
  });
});

describe('hostile answers', () => {
  test.each([
    ['not an object', 'nope'],
    ['bindings not a list', { results: { bindings: 'x' } }],
    ['a literal instead of a uri', { results: { bindings: [{ item: { type: 'literal', value: 'http://www.wikidata.org/entity/Q1' } }] } }],
    ['another host', { results: { bindings: [{ item: { type: 'uri', value: 'https://evil.example/entity/Q1' } }] } }],
    ['an id with more after it', { results: { bindings: [{ item: { type: 'uri', value: 'http://www.wikidata.org/entity/Q1/../x' } }] } }],
    ['javascript:', { results: { bindings: [{ item: { type: 'uri', value: 'javascript:alert(1)//www.wikidata.org/entity/Q1' } }] } }],
  ])('SPARQL: %s gives no item', (_name, answer) => {
    expect(itemsFromSparql(answer)).toEqual([]);
  });

  test('SPARQL: thousands of bindings are capped', () => {
    const bindings = Array.from({ length: 5_000 }, (_, i) => ({ item: { type: 'uri', value: `http://www.wikidata.org/entity/Q${i + 1}` } }));
    expect(itemsFromSparql({ results: { bindings } })).toHaveLength(WIKIDATA_LIMITS.items);
  });

  test('wbgetentities: wrong types, bad ids, missing entities and markup are skipped or kept as text', () => {
    const entities = entitiesFrom({
      entities: {
        Q1: {
          id: 'Q1',
          labels: { en: { value: '<img src=x onerror=alert(1)>\u202eNews\u0000' }, 'x"><': { value: 'bad language' }, de: { value: 42 } },
          claims: {
            P31: 'not a list',
            P17: [{ mainsnak: { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id: 'Q1 UNION {}' } } } }],
            P127: [{ mainsnak: { snaktype: 'somevalue' } }, null, 7],
          },
          sitelinks: { enwiki: { title: 'javascript:alert(1)' }, 'evil.com/xwiki': { title: 'T' }, dewiki: { title: { nested: true } } },
        },
        Q2: { id: 'Q3' },
        'Q3; DROP': { id: 'Q3; DROP' },
        Q5: { id: 'Q5', missing: '' },
      },
    });
    expect([...entities.keys()]).toEqual(['Q1']);
    const q1 = entities.get('Q1')!;
    // Markup stays as characters (the popup shows text); direction overrides and NULs are gone.
    expect(q1.labels).toEqual({ en: '<img src=x onerror=alert(1)> News' });
    expect(q1.claims).toEqual({});
    // A title is only a title: the address is built by Parallax on the language's own Wikipedia.
    expect(wikipediaLink(q1, ['en'])?.url).toBe('https://en.wikipedia.org/wiki/javascript%3Aalert(1)');
    expect(Object.keys(q1.wikipedia)).toEqual(['en']);
  });

  test('a huge label is cut to its bound', () => {
    expect(cleanLabel('x'.repeat(5_000_000))).toHaveLength(WIKIDATA_LIMITS.labelChars);
  });

  test('an error answer is a failure, not an empty result', () => {
    expect(() => entitiesFrom({ error: { code: 'maxlag', info: 'Waiting for a database server' } })).toThrow(/maxlag/);
  });
});
