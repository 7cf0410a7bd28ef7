import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { outletLookups } from '../../../background/outlets/outlet-lookups';
import { outletService } from '../../../background/outlets/outlet-service';
import { outletStore } from '../../../background/outlets/outlet-store';
import { routeMessage } from '../../../background/message-router';
import { reportBudget } from '../../../background/report-policy';
import type { ArticleReport } from '../../../core/protocol/messages';
import type { OutletsResponse } from '../../../core/protocol/outlet-messages';
import { openOutlets } from '../../../db/outlet-db';
import { openLibrary } from '../../../db/library-db';
import { fakeWikidataFetch } from '../../fixtures/wikidata/fake-wikidata';

const NOW = Date.UTC(2026, 6, 3);
const ID = 'parallax-test';
const PAGE = 'https://www.northern-ledger.test/2026/07/03/ferry';
let counter = 0;

function setUp(availability: 'on' | 'off' = 'on') {
  const name = `outlets-${++counter}`;
  const store = outletStore(() => openOutlets(name), () => NOW);
  const lookups = outletLookups({
    store,
    client: async () => ({ fetch: fakeWikidataFetch(), now: () => NOW, endpoints: { sparql: 'http://127.0.0.1:9/sparql', api: 'http://127.0.0.1:9/w/api.php' } }),
    allowed: async () => availability === 'on',
    languages: () => ['en'],
    now: () => NOW,
    pauseMs: 0,
  });
  return { store, lookups, service: outletService({ store, lookups, availability: async () => availability, now: () => NOW }) };
}

const report = (policies: ArticleReport['policies']): ArticleReport => ({
  url: PAGE,
  title: 'Ferry',
  siteName: 'The Northern Ledger',
  byline: null,
  publishedTime: null,
  lang: 'en',
  excerpt: null,
  text: 'A ferry.',
  flags: [],
  policies,
});

describe('the outlet service', () => {
  test('keeps the allowed policies of a stored article under its site; a page without any leaves them', async () => {
    const { service, store } = setUp('off');
    await service.seen(
      report({
        links: [
          { kind: 'correctionsPolicy', url: 'https://www.northern-ledger.test/corrections' },
          { kind: 'ownershipFundingInfo', url: 'https://tracker.example/ownership' },
        ],
        publisherUrl: null,
      }),
      PAGE,
    );
    await service.seen(report(undefined), 'https://news.northern-ledger.test/other');
    const profile = await store.get('northern-ledger.test');
    expect(profile?.policies).toEqual([{ kind: 'correctionsPolicy', url: 'https://www.northern-ledger.test/corrections' }]);
    expect(profile?.policiesFrom).toBe(PAGE);
  });

  test('answers from what is stored, queues the due lookups, and the reader’s words win', async () => {
    const { service, lookups } = setUp('on');
    await service.seen(report(undefined), PAGE);
    await lookups.idle();
    const note = await service.handle({ type: 'outlets:note', site: 'northern-ledger.test', notes: { country: 'Norway and Sweden', note: 'Co-owned since 2024.\nSee the masthead.' } });
    expect(note.ok).toBe(true);
    const answer = (await service.handle({ type: 'outlets:get', urls: [PAGE, 'https://unknown-outlet.test/a', 'javascript:alert(1)'] })) as OutletsResponse;
    expect(answer.sites).toEqual(['northern-ledger.test', 'unknown-outlet.test', null]);
    const profile = answer.profiles['northern-ledger.test']!;
    expect(profile.wikidata?.countries.map((c) => c.label)).toEqual(['Norway']);
    expect(profile.reader).toMatchObject({ country: 'Norway and Sweden', note: 'Co-owned since 2024.\nSee the masthead.' });
    expect(answer.library.countries).toEqual(['Norway and Sweden']);
    expect(answer.lookups).toBe('on');
  });

  test('looks up the other accounts’ outlets (library articles) but not an article read with saving off', async () => {
    const { service, lookups, store } = setUp('on');
    const answer = (await service.handle({ type: 'outlets:get', urls: ['https://unsaved-outlet.test/a', PAGE] })) as OutletsResponse;
    expect(answer.pending).toEqual(['northern-ledger.test']);
    await lookups.idle();
    expect((await store.get('northern-ledger.test'))?.lookup.status).toBe('found');
    expect(await store.get('unsaved-outlet.test')).toBeUndefined();
  });

  test('refuses bad notes and bad requests with a reason', async () => {
    const { service } = setUp('off');
    expect(await service.handle({ type: 'outlets:note', site: 'a.test', notes: { kind: 42 } })).toEqual({ ok: false, error: 'kind must be text' });
    expect(await service.handle({ type: 'outlets:note', site: 'a.test', notes: { note: 'x'.repeat(2_001) } })).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'outlets:get', urls: Array(61).fill(PAGE) })).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'outlets:get', urls: [{}] })).toMatchObject({ ok: false });
  });

  test('a page’s script cannot read or write profiles; Parallax’s own pages can', async () => {
    const { service } = setUp('off');
    const deps = { db: () => openLibrary(`outlets-lib-${++counter}`), now: () => NOW, extensionId: ID, setBadge: () => undefined, reports: reportBudget() };
    const routes = { feeds: async () => ({ ok: true as const }), afterReport: () => undefined, outlets: service, reader: { load: async () => false, budget: reportBudget() } };
    const fromPage = { id: ID, frameId: 0, url: PAGE, tab: { id: 1, url: PAGE } };
    const fromPopup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
    expect(await routeMessage({ type: 'outlets:get', urls: [PAGE] }, fromPage, deps, routes)).toMatchObject({ ok: false });
    expect(await routeMessage({ type: 'outlets:note', site: 'northern-ledger.test', notes: {} }, fromPage, deps, routes)).toMatchObject({ ok: false });
    expect(await routeMessage({ type: 'outlets:get', urls: [PAGE] }, fromPopup, deps, routes)).toMatchObject({ ok: true, lookups: 'off' });
    expect(await routeMessage({ type: 'outlets:list' }, fromPage, deps, routes)).toMatchObject({ ok: false });
    expect(await routeMessage({ type: 'outlets:list' }, { id: ID, url: `chrome-extension://${ID}/options.html` }, deps, routes)).toMatchObject({ ok: true, list: [] });
  });

  test('lists every outlet with a profile by site, with the reader’s notes, for the options page; a cleared note stays cleared', async () => {
    const { service } = setUp('off');
    await service.handle({ type: 'outlets:note', site: 'zeta.test', notes: { note: 'Mine.', ownerKind: 'private' } });
    await service.handle({ type: 'outlets:note', site: 'alpha.test', notes: { country: 'Norway' } });
    const listed = await service.handle({ type: 'outlets:list' });
    expect(listed.ok && 'list' in listed && listed.list.map((p) => [p.site, p.reader?.note ?? p.reader?.country, p.reader?.ownerKind ?? null])).toEqual([
      ['alpha.test', 'Norway', null],
      ['zeta.test', 'Mine.', 'private'],
    ]);
    await service.handle({ type: 'outlets:note', site: 'zeta.test', notes: {} });
    const after = await service.handle({ type: 'outlets:list' });
    expect(after.ok && 'list' in after && after.list.find((p) => p.site === 'zeta.test')?.reader).toMatchObject({ note: null, kind: null });
  });

  test('clearing the library clears the outlet profiles, the reader’s notes with them', async () => {
    const { service, store } = setUp('off');
    await service.handle({ type: 'outlets:note', site: 'northern-ledger.test', notes: { note: 'Mine.' } });
    const deps = { db: () => openLibrary(`outlets-lib-${++counter}`), now: () => NOW, extensionId: ID, setBadge: () => undefined, reports: reportBudget() };
    const routes = { feeds: async () => ({ ok: true as const }), afterReport: () => undefined, outlets: service, reader: { load: async () => false, budget: reportBudget() } };
    expect(await routeMessage({ type: 'library:clear' }, { id: ID, url: `chrome-extension://${ID}/options.html` }, deps, routes)).toMatchObject({ ok: true });
    expect(await store.all()).toEqual([]);
  });
});
