import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import type { BackgroundDeps, RequestSender } from '../../background/article-requests';
import { reportBudget } from '../../background/report-policy';
import { routeMessage } from '../../background/message-router';
import { mulberry32 } from '../../scripts/seeded-random';
import { openLibrary } from '../../db/library-db';

/**
 * The detector's request for the reader: injected into the sender's own tab and top frame
 * only, as the browser names them, whatever the message says, and within a budget per tab.
 */

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = 'https://ledger.example/world/story';

function setUp(load: (tabId: number, frameId: number) => Promise<boolean> = () => Promise.resolve(true), burst = 20) {
  let clock = 10_000;
  const deps: BackgroundDeps = {
    db: () => openLibrary('reader-requests'),
    now: () => clock,
    extensionId: ID,
    setBadge: () => undefined,
    reports: reportBudget(),
  };
  const reader = { load: vi.fn(load), budget: reportBudget({ burst }) };
  const routes = { feeds: vi.fn(() => Promise.resolve({ ok: true as const })), afterReport: () => undefined, reader };
  return {
    reader,
    send: (message: unknown, sender: RequestSender) => routeMessage(message, sender, deps, routes),
    tick: (ms: number) => (clock += ms),
  };
}

const topFrame = (tabId: number, url = PAGE): RequestSender => ({ id: ID, frameId: 0, url, tab: { id: tabId, url } });

describe('a reader load is accepted', () => {
  test('from a content script in a tab’s top frame, into that tab and frame', async () => {
    const { reader, send } = setUp();
    expect(await send({ type: 'reader:load' }, topFrame(7))).toEqual({ ok: true });
    expect(reader.load).toHaveBeenCalledExactlyOnceWith(7, 0);
  });

  test('into the sender’s tab, whatever tab or frame the message names', async () => {
    const { reader, send } = setUp();
    await send({ type: 'reader:load', tabId: 99, frameId: 3, tab: { id: 99 }, files: ['/background.js'] }, topFrame(7));
    expect(reader.load).toHaveBeenCalledExactlyOnceWith(7, 0);
  });
});

describe('a reader load is refused', () => {
  test.each<[string, RequestSender]>([
    ['another extension', { ...topFrame(7), id: 'another-extension' }],
    ['an iframe of the page', { id: ID, frameId: 4, url: 'https://ads.example/frame', tab: { id: 7, url: PAGE } }],
    ['a sender with no tab (an extension page or worker)', { id: ID, url: `chrome-extension://${ID}/popup.html` }],
    ['Parallax’s own page in a tab', { id: ID, frameId: 0, url: `chrome-extension://${ID}/options.html`, tab: { id: 7, url: `chrome-extension://${ID}/options.html` } }],
    ['a frame with no address', { id: ID, frameId: 0, tab: { id: 7, url: PAGE } }],
  ])('from %s', async (_name, sender) => {
    const { reader, send } = setUp();
    const answer = await send({ type: 'reader:load' }, sender);
    expect(answer).toMatchObject({ ok: false, error: expect.any(String) });
    expect(reader.load).not.toHaveBeenCalled();
  });

  test('when the browser does not let Parallax in, with the reason', async () => {
    const { send } = setUp(() => Promise.reject(new Error('Cannot access contents of the page')));
    expect(await send({ type: 'reader:load' }, topFrame(7))).toMatchObject({ ok: false, error: expect.stringMatching(/browser/) });
  });

  test('past a burst from one tab, while other tabs still load', async () => {
    const { reader, send, tick } = setUp(undefined, 5);
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await send({ type: 'reader:load' }, topFrame(7)));
    expect(answers.map((a) => a.ok)).toEqual([true, true, true, true, true, false, false, false]);
    expect(await send({ type: 'reader:load' }, topFrame(8))).toEqual({ ok: true });
    tick(6_000);
    expect(await send({ type: 'reader:load' }, topFrame(7))).toEqual({ ok: true });
    expect(reader.load).toHaveBeenCalledTimes(7);
  });
});

test('a seeded flood of reader loads from hostile senders injects only into senders’ own top frames, within each tab’s budget', async () => {
  const { reader, send, tick } = setUp(undefined, 20);
  const random = mulberry32(20261207);
  const MESSAGES = 2_000;
  for (let i = 0; i < MESSAGES; i++) {
    tick(50);
    const tabId = 1 + Math.floor(random() * 5);
    const pick = random();
    const sender: RequestSender =
      pick < 0.6 ? topFrame(tabId) : pick < 0.8 ? { id: ID, frameId: 1 + Math.floor(random() * 9), url: 'https://ads.example/f', tab: { id: tabId, url: PAGE } } : pick < 0.9 ? { ...topFrame(tabId), id: 'other' } : { id: ID };
    const message = { type: 'reader:load', tabId: 1 + Math.floor(random() * 5), frameId: Math.floor(random() * 9) };
    const answer = await send(message, sender);
    expect(answer).toHaveProperty('ok');
    if (answer.ok) expect(reader.load).toHaveBeenLastCalledWith(sender.tab?.id, 0);
  }
  const minutes = (MESSAGES * 50) / 60_000;
  expect(reader.load.mock.calls.length).toBeLessThanOrEqual(5 * (20 + Math.ceil((minutes * 60_000) / 6_000)));
  expect(reader.load.mock.calls.every(([, frameId]) => frameId === 0)).toBe(true);
});
