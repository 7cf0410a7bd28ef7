import { describe, expect, test } from 'vitest';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, parseLibraryFile } from '../../../core/library-file/library-file-format';
import { parseArticleReport } from '../../../core/protocol/messages';
import { parsePieceType } from '../../../core/piece-type';

const REPORT = { url: 'https://ledger.example/opinion/a', title: 'A', siteName: null, byline: null, publishedTime: null, lang: null, excerpt: null, text: 'Body.', flags: [] };

describe('a piece type from elsewhere is rebuilt, never trusted', () => {
  test('a good one comes through as it was', () => {
    const pieceType = { kind: 'opinion', reasons: [{ id: 'schema-type', evidence: 'OpinionNewsArticle' }] };
    expect(parsePieceType(pieceType)).toEqual(pieceType);
  });

  test.each([
    ['an unknown kind', { kind: 'propaganda', reasons: [] }],
    ['no kind', { reasons: [] }],
    ['a list', [{ kind: 'opinion' }]],
    ['a string', 'opinion'],
  ])('%s is dropped', (_name, value) => {
    expect(parsePieceType(value)).toBeUndefined();
  });

  test('unknown reason ids and extra keys go; evidence is one bounded line; at most four reasons', () => {
    const parsed = parsePieceType({
      kind: 'sponsored',
      extra: '<script>',
      reasons: [
        { id: 'made-up', evidence: 'x' },
        { id: 'page-label', evidence: `Paid\npost\u0000 ${'x'.repeat(500)}`, html: '<b>' },
        ...Array.from({ length: 10 }, () => ({ id: 'byline-form', evidence: 'Sponsored by Acme' })),
      ],
    });
    expect(parsed?.kind).toBe('sponsored');
    expect(parsed?.reasons.length).toBeLessThanOrEqual(4);
    expect(parsed?.reasons[0]).toEqual({ id: 'page-label', evidence: `Paid post ${'x'.repeat(110)}` });
    expect(Object.keys(parsed!)).toEqual(['kind', 'reasons']);
  });
});

describe('where it arrives', () => {
  test('a content script’s report keeps a valid kind and loses a bad one, and is not refused for it', () => {
    const good = parseArticleReport({ ...REPORT, pieceType: { kind: 'opinion', reasons: [] } });
    expect(typeof good !== 'string' && good.pieceType).toEqual({ kind: 'opinion', reasons: [] });
    const bad = parseArticleReport({ ...REPORT, pieceType: { kind: 'nonsense' } });
    expect(typeof bad).not.toBe('string');
    expect(typeof bad !== 'string' && 'pieceType' in bad).toBe(false);
  });

  test('a library file carries the kind through', () => {
    const file = JSON.stringify({
      format: LIBRARY_FILE_FORMAT,
      version: LIBRARY_FILE_VERSION,
      exportedAt: '2025-03-15T00:00:00.000Z',
      settings: {},
      profiles: [],
      articles: [{ ...REPORT, pieceType: { kind: 'analysis', reasons: [{ id: 'title-label', evidence: 'Analysis' }] }, firstSeen: 1, lastSeen: 2, savedByHand: false }],
    });
    const result = parseLibraryFile(file);
    expect(result.ok && result.file.articles[0]?.pieceType?.kind).toBe('analysis');
  });
});
