import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { handleRequest, libraryOnly } from '../route-for-tests';
import type { RequestSender } from '../../../background/article-requests';
import { reportBudget } from '../../../background/report-policy';
import type { LibraryDeps } from '../../../background/library-requests';
import { createImportStaging, STAGED_IMPORT_TTL } from '../../../background/library-file/handle-transfer-request';
import type { LibraryFileArticle } from '../../../core/library-file/library-file-format';
import type { LibraryResponse } from '../../../core/protocol/library-messages';
import { openLibrary, saveArticle } from '../../../db/library-db';
import { countArticles, getArticle } from '../../../db/library-queries';
import { allProfiles, openOutlets, updateProfile } from '../../../db/outlet-db';
import { emptyProfile, type OutletProfile } from '../../../core/outlet/outlet-profile';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const OPTIONS_PAGE: RequestSender = { id: ID, url: `chrome-extension://${ID}/options.html#privacy` };
const CONTENT_SCRIPT: RequestSender = { id: ID, url: 'https://ledger.example/story', tab: { id: 7, url: 'https://ledger.example/story' } };

function article(i: number, extra: Partial<LibraryFileArticle> = {}): LibraryFileArticle {
  return {
    url: `https://ledger.example/${i}`,
    title: `Story ${i}`,
    siteName: 'Ledger',
    byline: null,
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    text: `Story ${i}. President Arvid Hollen met Lin Sorel in Kestrel.`,
    flags: [],
    firstSeen: i,
    lastSeen: i,
    savedByHand: false,
    ...extra,
  };
}

let n = 0;
async function setUp(existing: number[] = []) {
  const db = await openLibrary(`library-transfer-${++n}`);
  for (const i of existing) {
    const { firstSeen: _f, lastSeen: _l, savedByHand: _s, ...report } = article(i);
    await saveArticle(db, report, 1_000);
  }
  const deps = { db: () => Promise.resolve(db), extensionId: ID, staging: createImportStaging() };
  const ask = (message: object, sender = OPTIONS_PAGE) => handleRequest(message, sender, libraryOnly(deps)) as Promise<LibraryResponse & Record<string, unknown>>;
  return { db, deps, ask };
}

/** Commits and polls the status until the write has ended, as the options page does. */
async function commit(ask: (m: object) => Promise<Record<string, unknown>>, importId: string): Promise<Record<string, unknown>> {
  let answer = await ask({ type: 'library:import-commit', importId });
  for (let polls = 0; answer['state'] === 'writing'; polls++) {
    if (polls > 1_000) throw new Error('the import never ended');
    await new Promise((resolve) => setTimeout(resolve, 1));
    answer = await ask({ type: 'library:import-status', importId });
  }
  return answer;
}

async function begin(ask: (m: object) => Promise<Record<string, unknown>>, mode: 'merge' | 'replace', total: number): Promise<string> {
  const answer = await ask({ type: 'library:import-begin', mode, total });
  expect(answer).toEqual({ ok: true, importId: expect.any(String) });
  return answer['importId'] as string;
}

describe('staged import', () => {
  test('begin, two chunks, commit: written at once, replacing the library', async () => {
    const { db, ask } = await setUp([1, 2]);
    const importId = await begin(ask, 'replace', 3);
    expect(await ask({ type: 'library:import-chunk', importId, offset: 0, articles: [article(10), article(11)] })).toEqual({ ok: true, received: 2 });
    // Nothing is written before the commit.
    expect(await countArticles(db)).toBe(2);
    expect(await ask({ type: 'library:import-chunk', importId, offset: 2, articles: [article(12)] })).toEqual({ ok: true, received: 3 });
    const first = await ask({ type: 'library:import-commit', importId });
    expect(first).toEqual({ ok: true, state: 'writing', written: 0, total: 3 });
    // A second begin while it is written is refused; the write goes on.
    expect(await ask({ type: 'library:import-begin', mode: 'merge', total: 1 })).toEqual({ ok: false, error: expect.stringContaining('another import is being written') });
    expect(await commit(ask, importId)).toEqual({ ok: true, state: 'done', added: 3, updated: 0, libraryCount: 3, profiles: null });
    expect(await getArticle(db, article(1).url)).toBeUndefined();
    expect(await getArticle(db, article(12).url)).toMatchObject({ title: 'Story 12', keys: expect.any(Array) });
    // The staged import is gone once its end was told.
    expect(await ask({ type: 'library:import-status', importId })).toMatchObject({ ok: false, error: expect.stringContaining('no longer staged') });
  });

  test('merge counts new and updated articles', async () => {
    const { ask } = await setUp([1, 2]);
    const importId = await begin(ask, 'merge', 2);
    await ask({ type: 'library:import-chunk', importId, articles: [article(2, { lastSeen: 5_000 }), article(3)] });
    expect(await commit(ask, importId)).toEqual({ ok: true, state: 'done', added: 1, updated: 1, libraryCount: 3, profiles: null });
  });

  describe('must refuse, writing nothing', () => {
    test.each<[string, (ask: (m: object) => Promise<Record<string, unknown>>, id: string) => Promise<Record<string, unknown>>, string]>([
      ['a commit before every article arrived', async (ask, importId) => {
        await ask({ type: 'library:import-chunk', importId, articles: [article(10)] });
        return commit(ask, importId);
      }, 'the import is incomplete: 1 of 2 articles arrived'],
      ['more articles than announced', (ask, importId) => ask({ type: 'library:import-chunk', importId, articles: [article(10), article(11), article(12)] }), 'more articles arrived than the 2 announced'],
      ['the same article in two chunks', async (ask, importId) => {
        await ask({ type: 'library:import-chunk', importId, articles: [article(10)] });
        return ask({ type: 'library:import-chunk', importId, articles: [article(10)] });
      }, 'https://ledger.example/10 was sent twice'],
      ['a chunk with a hostile article', (ask, importId) => ask({ type: 'library:import-chunk', importId, offset: 7, articles: [article(10, { url: 'javascript:alert(1)' })] }), 'article 8 (javascript:alert(1)): "url" must be an http or https address'],
      ['a chunk for another import', (ask) => ask({ type: 'library:import-chunk', importId: 'not-it', articles: [article(10)] }), 'no longer staged'],
      ['a commit after an abort', async (ask, importId) => {
        await ask({ type: 'library:import-abort', importId });
        return commit(ask, importId);
      }, 'no longer staged'],
      ['a status before any commit', (ask, importId) => ask({ type: 'library:import-status', importId }), 'no longer staged'],
      ['a write that fails in the transaction', async (ask, importId) => {
        await ask({ type: 'library:import-chunk', importId, articles: [article(10), article(11, { text: 'x'.repeat(10) })] });
        // Make the write fail inside the transaction, after the library was cleared in it.
        const realPut = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
          if (this.name === 'articles' && (value as { url?: string }).url === article(11).url) throw new DOMException('disk full', 'QuotaExceededError');
          return realPut.call(this, value, key);
        };
        try {
          return await commit(ask, importId);
        } finally {
          IDBObjectStore.prototype.put = realPut;
        }
      }, 'disk full; nothing was written'],
    ])('%s', async (_name, act, error) => {
      const { db, ask } = await setUp([1]);
      const importId = await begin(ask, 'replace', 2);
      expect(await act(ask, importId)).toEqual({ ok: false, error: expect.stringContaining(error) });
      expect(await countArticles(db)).toBe(1);
      expect(await getArticle(db, article(1).url)).toBeDefined();
    });
  });

  test('a second begin drops the first import', async () => {
    const { ask } = await setUp();
    const first = await begin(ask, 'merge', 1);
    await begin(ask, 'merge', 1);
    expect(await ask({ type: 'library:import-chunk', importId: first, articles: [article(1)] })).toMatchObject({ ok: false });
  });

  test('an import left waiting too long is dropped', async () => {
    const { deps, ask } = await setUp();
    const importId = await begin(ask, 'merge', 1);
    expect(deps.staging.current?.id).toBe(importId);
    // Last touched longer ago than the time limit: the next request finds it expired.
    deps.staging.current!.touched = Date.now() - STAGED_IMPORT_TTL - 1;
    expect(await ask({ type: 'library:import-chunk', importId, articles: [article(1)] })).toMatchObject({ ok: false, error: expect.stringContaining('no longer staged') });
  });

  test('a content script can neither export nor import', async () => {
    const { deps } = await setUp([1]);
    const full = { ...deps, now: () => 1, setBadge: () => undefined, reports: reportBudget() };
    for (const message of [{ type: 'library:export-page' }, { type: 'library:import-begin', mode: 'replace', total: 0 }]) {
      expect(await handleRequest(message, CONTENT_SCRIPT, full)).toEqual({ ok: false, error: expect.stringContaining('own pages') });
    }
    expect(deps.staging.current).toBeNull();
  });
});

describe('export pages', () => {
  test('pages follow each other to the end, with the library count', async () => {
    const { ask } = await setUp([3, 1, 2]);
    const page = await ask({ type: 'library:export-page', after: null });
    expect(page).toMatchObject({ ok: true, next: null, libraryCount: 3 });
    expect((page['articles'] as LibraryFileArticle[]).map((a) => a.url)).toEqual([1, 2, 3].map((i) => article(i).url));
    const rest = await ask({ type: 'library:export-page', after: article(2).url });
    expect((rest['articles'] as LibraryFileArticle[]).map((a) => a.url)).toEqual([article(3).url]);
  });
});

describe('outlet profiles travel with the library', () => {
  const note = (site: string, text: string, at: number): OutletProfile => ({ ...emptyProfile(site, 1), reader: { kind: null, country: null, owner: null, founded: null, note: text, at } });

  async function withOutlets(profiles: OutletProfile[]) {
    const outlets = await openOutlets(`transfer-outlets-${++n}`);
    for (const profile of profiles) await updateProfile(outlets, profile.site, () => profile);
    const library = await setUp();
    const deps = { ...library.deps, outletDb: () => Promise.resolve(outlets) } satisfies LibraryDeps;
    const ask = (message: object) => handleRequest(message, OPTIONS_PAGE, libraryOnly(deps)) as Promise<LibraryResponse & Record<string, unknown>>;
    const stored = async () => (await allProfiles(outlets)).map((p) => [p.site, p.reader?.note ?? null]);
    return { ask, stored };
  }

  async function importWith(ask: (m: object) => Promise<Record<string, unknown>>, mode: 'merge' | 'replace', profiles: unknown) {
    const begun = await ask({ type: 'library:import-begin', mode, total: 1, profiles });
    if (begun['ok'] !== true) return begun;
    const importId = begun['importId'] as string;
    await ask({ type: 'library:import-chunk', importId, offset: 0, articles: [article(1)] });
    return commit(ask, importId);
  }

  test('the first export page carries every profile, later pages none', async () => {
    const { ask } = await withOutlets([note('ledger.example', 'Trust-owned.', 5)]);
    const first = await ask({ type: 'library:export-page', after: null });
    expect(first['profiles']).toEqual([note('ledger.example', 'Trust-owned.', 5)]);
    expect(await ask({ type: 'library:export-page', after: 'https://ledger.example/9' })).not.toHaveProperty('profiles');
  });

  test('a merge adds the file’s profiles and keeps a newer note of the reader’s', async () => {
    const { ask, stored } = await withOutlets([note('ledger.example', 'Mine, newer.', 9)]);
    const answer = await importWith(ask, 'merge', [note('ledger.example', 'From the file, older.', 2), note('harbour.example', 'Harbour note.', 3)]);
    expect(answer).toMatchObject({ ok: true, state: 'done', profiles: 2 });
    expect(await stored()).toEqual([
      ['harbour.example', 'Harbour note.'],
      ['ledger.example', 'Mine, newer.'],
    ]);
  });

  test('a replace makes the profiles the file’s', async () => {
    const { ask, stored } = await withOutlets([note('ledger.example', 'Mine.', 9)]);
    expect(await importWith(ask, 'replace', [note('harbour.example', 'Harbour note.', 3)])).toMatchObject({ ok: true, profiles: 1 });
    expect(await stored()).toEqual([['harbour.example', 'Harbour note.']]);
  });

  test('a file without profiles (version 1) leaves the reader’s alone, even when replacing', async () => {
    const { ask, stored } = await withOutlets([note('ledger.example', 'Mine.', 9)]);
    expect(await importWith(ask, 'replace', null)).toMatchObject({ ok: true, state: 'done', profiles: null });
    expect(await stored()).toEqual([['ledger.example', 'Mine.']]);
  });

  test('a hostile profile section is refused at the beginning, and nothing is written', async () => {
    const { ask, stored } = await withOutlets([note('ledger.example', 'Mine.', 9)]);
    const long = note('harbour.example', 'x'.repeat(10_000), 3);
    const answer = await importWith(ask, 'replace', [long]);
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('outlet profile 1 (harbour.example): "reader": "note" must be text of at most 2000 characters') });
    expect(await stored()).toEqual([['ledger.example', 'Mine.']]);
  });
});
