import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { ArticleReport } from '../../core/protocol/messages';
import { indexEntry } from '../../db/index-entry';
import { applyImport, prepareImport } from '../../db/library-import';
import { saveArticle } from '../../db/library-db';
import { getArticle } from '../../db/library-queries';
import { LIBRARY_DB_VERSION, LIBRARY_SCHEMA_HISTORY, STORED_ARTICLE_FIELDS, toStoredArticle, type StoredExtras } from '../../db/library-schema';
import { freshDbFactory, summitA } from './library-fixtures';

/**
 * What the library stores is a schema, not whatever a message carries. The fields of a
 * stored article are listed here for each schema version, by hand: changing them in
 * db/library-schema.ts without a new LIBRARY_DB_VERSION (its line in the history, its
 * upgrade step, its list here) fails the first test; a report's other fields are dropped
 * on the way in.
 */
const STORED_FIELDS_BY_VERSION: Record<number, readonly string[]> = {
  2: ['url', 'title', 'siteName', 'byline', 'publishedTime', 'lang', 'excerpt', 'text', 'flags', 'pieceType', 'fingerprint', 'keys', 'firstSeen', 'lastSeen', 'savedByHand'],
  // 3 changed the postings rows (their cards), not the article.
  3: ['url', 'title', 'siteName', 'byline', 'publishedTime', 'lang', 'excerpt', 'text', 'flags', 'pieceType', 'fingerprint', 'keys', 'firstSeen', 'lastSeen', 'savedByHand'],
  // 4 added the store of rows waiting to be filed, not a field of the article.
  4: ['url', 'title', 'siteName', 'byline', 'publishedTime', 'lang', 'excerpt', 'text', 'flags', 'pieceType', 'fingerprint', 'keys', 'firstSeen', 'lastSeen', 'savedByHand'],
};

const freshDb = freshDbFactory('schema-library');

const extras = (report: ArticleReport): StoredExtras => ({ fingerprint: indexEntry(report).fingerprint, keys: [], firstSeen: 1, lastSeen: 2, savedByHand: false });

/** A report as a later content script might send it: the outlet's policies and a field the library does not know. */
const withExtraFields = {
  ...summitA,
  pieceType: { kind: 'report', reasons: [] },
  policies: { correctionsPolicy: 'https://ledger.example/corrections' },
  readingTimeMinutes: 4,
} as unknown as ArticleReport;

describe('the stored article', () => {
  test('its fields are the ones committed for this schema version (a change needs a new version and upgrade)', () => {
    const committed = STORED_FIELDS_BY_VERSION[LIBRARY_DB_VERSION];
    expect(committed, `no stored fields committed for version ${LIBRARY_DB_VERSION}: list them in this test`).toBeDefined();
    expect([...STORED_ARTICLE_FIELDS]).toEqual(committed);
  });

  test('every version with a committed list of fields is in the schema history', () => {
    for (const version of Object.keys(STORED_FIELDS_BY_VERSION)) expect(Object.keys(LIBRARY_SCHEMA_HISTORY)).toContain(version);
  });

  test('the conversion from a report keeps the declared fields and drops the rest', () => {
    const stored = toStoredArticle(withExtraFields, extras(withExtraFields));
    expect(Object.keys(stored)).toEqual(STORED_ARTICLE_FIELDS);
    expect(stored).not.toHaveProperty('policies');
    expect(stored).not.toHaveProperty('readingTimeMinutes');
    expect(stored).toMatchObject({ url: summitA.url, title: summitA.title, text: summitA.text, firstSeen: 1, lastSeen: 2 });
  });

  test('a report without a kind of piece is stored without the field, not with an empty one', () => {
    const stored = toStoredArticle(summitA, extras(summitA));
    expect(Object.keys(stored)).toEqual(STORED_ARTICLE_FIELDS.filter((field) => field !== 'pieceType'));
  });

  test('a visit saved stores the declared fields only', async () => {
    const db = await freshDb();
    await saveArticle(db, withExtraFields, 1000);
    const stored = await getArticle(db, summitA.url);
    expect(Object.keys(stored!).sort()).toEqual([...STORED_ARTICLE_FIELDS].sort());
  });

  test('an imported article is stored with the declared fields only', async () => {
    const db = await freshDb();
    const article = { ...withExtraFields, firstSeen: 1, lastSeen: 2, savedByHand: true };
    await applyImport(db, [prepareImport(article)], 'merge');
    const stored = await getArticle(db, summitA.url);
    expect(Object.keys(stored!).sort()).toEqual([...STORED_ARTICLE_FIELDS].sort());
  });
});
