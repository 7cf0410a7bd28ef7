import { describe, expect, test } from 'vitest';
import { LIBRARY_FILE_TAIL, libraryFileArticle, libraryFileHead, libraryFileName, mergeSettings, replaceSettings, parseLibraryFile, type LibraryFile, type LibraryFileArticle } from '../../../core/library-file/library-file-format';
import { isTransferMessage, pageEnd, parseTransferRequest, TRANSFER_LIMITS } from '../../../core/library-file/transfer-request';
import { LIMITS } from '../../../core/protocol/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';

const EXPORTED_AT = new Date('2024-07-03T10:00:00.000Z');

const ledger: LibraryFileArticle = {
  url: 'https://ledger.example/world/summit',
  title: 'Voskov and Lin tout closer ties',
  siteName: 'The Northern Ledger',
  byline: 'A. Writer',
  publishedTime: '2024-07-03T09:00:00Z',
  lang: 'en',
  excerpt: 'Leaders met.',
  text: 'President Voskov met President Lin in Temirsk on Wednesday.',
  flags: [{ entryId: 'anti-western-alliance', category: 'label', text: 'anti-Western alliance', voice: 'outlet', speaker: null }],
  firstSeen: 1_720_000_000_000,
  lastSeen: 1_720_000_100_000,
  savedByHand: false,
};
const harbour: LibraryFileArticle = {
  ...ledger,
  url: 'https://harbour.example/news/ties',
  title: 'Valdoria-Qiran ties',
  siteName: null,
  byline: null,
  flags: [{ entryId: 'right-side', category: 'verdict', text: 'right side of history', voice: 'quote', speaker: 'Lin' }],
  savedByHand: true,
};
const settings: Settings = { ...DEFAULT_SETTINGS, mutedPhrases: ['regime'], highlightsOffSites: ['ledger.example'] };

/** A file as the export writes it, piece by piece. */
function written(articles: LibraryFileArticle[], s: Settings = settings): string {
  return libraryFileHead(s, EXPORTED_AT) + articles.map(libraryFileArticle).join(',\n') + LIBRARY_FILE_TAIL;
}

/** A file built as an object, to break one thing at a time. */
function file(change: (f: Record<string, unknown>) => void = () => undefined): string {
  const f: Record<string, unknown> = { format: 'parallax-library', version: 1, exportedAt: EXPORTED_AT.toISOString(), settings, articles: [ledger, harbour] };
  change(f);
  return JSON.stringify(f);
}
function withArticle(change: Partial<Record<keyof LibraryFileArticle, unknown>> | ((a: Record<string, unknown>) => void), index = 0): string {
  return file((f) => {
    const articles = [ledger, harbour].map((a) => ({ ...a })) as Array<Record<string, unknown>>;
    if (typeof change === 'function') change(articles[index]!);
    else Object.assign(articles[index]!, change);
    f['articles'] = articles;
  });
}

function accepted(text: string): LibraryFile {
  const result = parseLibraryFile(text);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.file;
}

describe('parseLibraryFile', () => {
  describe('must accept', () => {
    test.each<[string, string, (f: LibraryFile) => void]>([
      ['a file as the export writes it, read back the same', written([ledger, harbour]), (f) => {
        expect(f).toEqual({ format: 'parallax-library', version: 2, exportedAt: '2024-07-03T10:00:00.000Z', settings, profiles: [], articles: [ledger, harbour] });
      }],
      ['an empty library', written([]), (f) => expect(f.articles).toEqual([])],
      ['the same file pretty-printed', JSON.stringify(JSON.parse(written([ledger])), null, 2), (f) => expect(f.articles).toEqual([ledger])],
      ['empty and blank fields become null', withArticle({ title: '', byline: '  ' }), (f) => expect(f.articles[0]).toMatchObject({ title: null, byline: null })],
      ['a URL written loosely is normalised', withArticle({ url: 'HTTPS://Ledger.Example' }), (f) => expect(f.articles[0]!.url).toBe('https://ledger.example/')],
      ['fields at the limit', withArticle({ title: 'x'.repeat(LIMITS.fieldChars), text: 'y'.repeat(LIMITS.textChars) }), (f) => expect(f.articles[0]!.text).toHaveLength(LIMITS.textChars)],
      ['fields it does not know (fingerprints, keys) are dropped, never trusted', withArticle({ fingerprint: { v: 1 }, keys: ['w:evil'] } as never), (f) => {
        expect(Object.keys(f.articles[0]!)).not.toContain('keys');
        expect(Object.keys(f.articles[0]!)).not.toContain('fingerprint');
      }],
      ['over-long flag strings are clipped as the message boundary clips them', withArticle({
        flags: [{ entryId: 'e'.repeat(300), category: 'label', text: 't'.repeat(900), voice: 'quote', speaker: 's'.repeat(5_000) }],
      }), (f) => {
        const [flag] = f.articles[0]!.flags;
        expect([flag!.entryId.length, flag!.text.length, flag!.speaker!.length]).toEqual([100, 200, LIMITS.fieldChars]);
      }],
      ['settings are read like stored settings: bad values dropped, the rest kept', file((f) => {
        f['settings'] = { autoSave: 'no', mutedPhrases: ['regime', 42], mutedCategories: ['label', 'nonsense'] };
      }), (f) => expect(f.settings).toEqual({ ...DEFAULT_SETTINGS, mutedPhrases: ['regime'], mutedCategories: ['label'] })],
      ['an exportedAt with an offset', file((f) => (f['exportedAt'] = '2024-07-03T12:00:00+02:00')), (f) => expect(f.exportedAt).toBe('2024-07-03T12:00:00+02:00')],
    ])('%s', (_name, text, check) => {
      check(accepted(text));
    });
  });

  describe('must refuse, saying what is wrong and where', () => {
    test.each<[string, string, string]>([
      ['corrupt JSON', written([ledger]).slice(0, -20), 'it is not valid JSON ('],
      ['not an object', '[1, 2]', 'it is not a Parallax library file (expected a JSON object)'],
      ['another format', file((f) => (f['format'] = 'parallax-own-phrases')), '"format" is "parallax-own-phrases", expected "parallax-library"'],
      ['no format', file((f) => delete f['format']), '"format" is missing'],
      ['a later version', file((f) => (f['version'] = 3)), 'its "version" is 3; this Parallax reads version 1 and 2 files'],
      ['a version as text', file((f) => (f['version'] = '1')), 'its "version" is "1"'],
      ['no exportedAt', file((f) => delete f['exportedAt']), '"exportedAt" must be a date and time'],
      ['an exportedAt that is no date', file((f) => (f['exportedAt'] = '2024-13-45T99:00:00Z')), '"exportedAt" must be a date and time'],
      ['settings that are not an object', file((f) => (f['settings'] = 'dark')), '"settings" must be an object'],
      ['articles that are not a list', file((f) => (f['articles'] = { a: ledger })), '"articles" must be a list'],
      ['an article that is not an object', file((f) => (f['articles'] = [ledger, 'harbour'])), 'article 2: must be an object'],
      ['a javascript: address', withArticle({ url: 'javascript:alert(1)' }), 'article 1 (javascript:alert(1)): "url" must be an http or https address'],
      ['a file: address', withArticle({ url: 'file:///etc/passwd' }), '"url" must be an http or https address'],
      ['no address', withArticle((a) => delete a['url'], 1), 'article 2: "url" must be a web address'],
      ['an over-long address', withArticle({ url: `https://a.example/${'p'.repeat(LIMITS.urlChars)}` }), 'article 1: "url" is longer than 2,048 characters'],
      ['a title that is a number', withArticle({ title: 42 }), 'article 1 (https://ledger.example/world/summit): "title" must be text or null'],
      ['a missing field', withArticle((a) => delete a['lang'], 1), 'article 2 (https://harbour.example/news/ties): "lang" must be text or null'],
      ['an over-long title', withArticle({ title: 'x'.repeat(LIMITS.fieldChars + 1) }), '"title" is longer than 1,000 characters'],
      ['an over-long byline', withArticle({ byline: 'x'.repeat(LIMITS.fieldChars + 1) }, 1), 'article 2 (https://harbour.example/news/ties): "byline" is longer than 1,000 characters'],
      ['an over-long text', withArticle({ text: 'x'.repeat(LIMITS.textChars + 1) }), '"text" is longer than 300,000 characters'],
      ['no text', withArticle({ text: null }), '"text" must be text'],
      ['flags that are not a list', withArticle({ flags: 'many' }), '"flags" must be a list'],
      ['too many flags', withArticle({ flags: Array.from({ length: LIMITS.flags + 1 }, () => ledger.flags[0]) }), '"flags" holds more than 500 flags'],
      ['a flag in no known voice', withArticle({ flags: [ledger.flags[0], { ...ledger.flags[0], voice: 'editor' }] }), 'flags[1]: "voice" must be "outlet" or "quote"'],
      ['a flag without a category', withArticle({ flags: [{ ...ledger.flags[0], category: undefined }] }), 'flags[0]: "category" must be text'],
      ['a time as text', withArticle({ firstSeen: '2024-07-03' }), '"firstSeen" must be a time in milliseconds since 1970'],
      ['a negative time', withArticle({ lastSeen: -1 }), '"lastSeen" must be a time'],
      ['an infinite time', withArticle({ lastSeen: 1e300 }), '"lastSeen" must be a time'],
      ['first seen after last seen', withArticle({ firstSeen: ledger.lastSeen + 1 }), '"firstSeen" is later than "lastSeen"'],
      ['savedByHand missing', withArticle((a) => delete a['savedByHand']), '"savedByHand" must be true or false'],
      ['the same address twice', file((f) => (f['articles'] = [ledger, harbour, { ...ledger, title: 'Copy' }])), 'these addresses appear more than once (each article may appear once): https://ledger.example/world/summit'],
      ['the same address twice once normalised', file((f) => (f['articles'] = [{ ...ledger, url: 'https://a.example' }, { ...ledger, url: 'https://A.example/' }])), 'appear more than once (each article may appear once): https://a.example/'],
      ['too many articles', file((f) => (f['articles'] = new Array(200_001).fill(null))), 'it holds 200,001 articles; at most 200,000 are read'],
    ])('%s', (_name, text, message) => {
      const result = parseLibraryFile(text);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error).toContain(message);
    });

    test('many bad articles: the first five are named and the rest counted', () => {
      const result = parseLibraryFile(file((f) => (f['articles'] = Array.from({ length: 8 }, (_, i) => ({ ...ledger, url: `ftp://x/${i}` })))));
      expect(result.ok ? '' : result.error).toMatch(/^article 1 \(ftp:\/\/x\/0\): .*; article 5 \(ftp:\/\/x\/4\): .*; and 3 more$/);
    });
  });
});

describe('writing a file', () => {
  test('head, articles and tail make one JSON document, an article a line', () => {
    const text = written([ledger, harbour]);
    expect(JSON.parse(text)).toMatchObject({ format: 'parallax-library', version: 2, profiles: [], articles: [ledger, harbour] });
    expect(text.split('\n')).toHaveLength(5);
  });

  test.each([
    [new Date(2024, 0, 5, 23, 59), 'parallax-library-2024-01-05.json'],
    [new Date(2031, 11, 31, 0, 0), 'parallax-library-2031-12-31.json'],
  ])('the file name for %s is %s (the local day)', (date, name) => {
    expect(libraryFileName(date)).toBe(name);
  });
});

describe('mergeSettings', () => {
  const own = (id: string, phrase: string) => ({ id, phrase, category: 'label' });
  test.each<[string, Partial<Settings>, Partial<Settings>, Partial<Settings>]>([
    ['lists are joined without repeats', { mutedPhrases: ['regime'], highlightsOffSites: ['a.example'] }, { mutedPhrases: ['regime', 'junta'], highlightsOffSites: ['b.example'] }, { mutedPhrases: ['regime', 'junta'], highlightsOffSites: ['a.example', 'b.example'] }],
    ['automatic saving stays as set on this device', { autoSave: false }, { autoSave: true }, { autoSave: false }],
    ['automatic reading stays as this browser granted it', { autoRead: 'off' }, { autoRead: 'everywhere', autoReadSites: ['a.example'] }, { autoRead: 'off' }],
    ['an own phrase with the same id is replaced by the imported one', { userEntries: [own('a', 'old'), own('b', 'kept')] }, { userEntries: [own('a', 'new')] }, { userEntries: [own('b', 'kept'), own('a', 'new')] }],
    ['an identical own phrase is kept once', { userEntries: [own('a', 'same')] }, { userEntries: [own('a', 'same')] }, { userEntries: [own('a', 'same')] }],
  ])('%s', (_name, current, imported, expected) => {
    expect(mergeSettings({ ...DEFAULT_SETTINGS, ...current }, { ...DEFAULT_SETTINGS, ...imported })).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });
});

describe('replaceSettings', () => {
  test('takes the file’s settings but keeps where this browser reads by itself', () => {
    const current = { ...DEFAULT_SETTINGS, autoRead: 'chosen' as const, autoReadSites: ['a.example'], mutedPhrases: ['regime'] };
    const imported = { ...DEFAULT_SETTINGS, autoRead: 'everywhere' as const, mutedPhrases: ['junta'] };
    expect(replaceSettings(current, imported)).toEqual({ ...DEFAULT_SETTINGS, autoRead: 'chosen', autoReadSites: ['a.example'], mutedPhrases: ['junta'] });
  });
});

describe('the transfer requests', () => {
  describe('must accept', () => {
    test.each<[string, unknown, unknown]>([
      ['the first export page', { type: 'library:export-page' }, { type: 'library:export-page', after: null }],
      ['a next export page', { type: 'library:export-page', after: ledger.url }, { type: 'library:export-page', after: ledger.url }],
      ['an import begin', { type: 'library:import-begin', mode: 'replace', total: 2 }, { type: 'library:import-begin', mode: 'replace', total: 2, profiles: null }],
      ['a chunk, its articles checked', { type: 'library:import-chunk', importId: 'id1', offset: 500, articles: [{ ...ledger, title: '' }] }, {
        type: 'library:import-chunk', importId: 'id1', offset: 500, articles: [{ ...ledger, title: null }],
      }],
      ['a commit', { type: 'library:import-commit', importId: 'id1' }, { type: 'library:import-commit', importId: 'id1' }],
    ])('%s', (_name, message, expected) => {
      expect(isTransferMessage(message)).toBe(true);
      expect(parseTransferRequest(message)).toEqual(expected);
    });
  });

  describe('must refuse', () => {
    test.each<[string, unknown, string]>([
      ['an unknown mode', { type: 'library:import-begin', mode: 'overwrite', total: 2 }, 'mode must be "merge" or "replace"'],
      ['a total past the file limit', { type: 'library:import-begin', mode: 'merge', total: 200_001 }, 'total must be a whole number up to 200000'],
      ['a chunk without id', { type: 'library:import-chunk', articles: [ledger] }, 'needs an import id'],
      ['an empty chunk', { type: 'library:import-chunk', importId: 'x', articles: [] }, `needs 1 to ${TRANSFER_LIMITS.pageArticles} articles`],
      ['a chunk too big', { type: 'library:import-chunk', importId: 'x', articles: new Array(TRANSFER_LIMITS.pageArticles + 1).fill(ledger) }, 'needs 1 to 500 articles'],
      ['a hostile article in a chunk, named by its place in the file', { type: 'library:import-chunk', importId: 'x', offset: 500, articles: [ledger, { ...ledger, url: 'javascript:alert(1)' }] }, 'article 502 (javascript:alert(1)): "url" must be an http or https address'],
      ['a commit without id', { type: 'library:import-commit' }, 'library:import-commit needs an import id'],
    ])('%s', (_name, message, reason) => {
      expect(parseTransferRequest(message)).toContain(reason);
    });
  });

  test('a chunk holds at most 500 articles and about 8 million characters, and at least one', () => {
    const small = new Array(1_200).fill({ text: 'x' });
    expect([pageEnd(small, 0), pageEnd(small, 1_000), pageEnd(small, 1_200)]).toEqual([500, 1_200, 1_200]);
    const big = new Array(40).fill({ text: 'x'.repeat(LIMITS.textChars) });
    expect(pageEnd(big, 0)).toBe(26);
    expect(pageEnd([{ text: 'x'.repeat(20_000_000) }], 0)).toBe(1);
  });
});
