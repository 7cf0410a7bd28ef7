import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { backgroundHandlers, router, type HandlerTable, type MessageRoutes } from '../../background/message-router';
import { reportBudget } from '../../background/report-policy';
import { isContentRequest } from '../../core/protocol/messages';
import { MESSAGE_TYPES, ROUTES, typesTo, type MessageType } from '../../core/protocol/protocol';
import { senderKind, type RequestSender, type SenderKind } from '../../core/protocol/senders';
import { VALIDATORS } from '../../core/protocol/validators';
import { openLibrary } from '../../db/library-db';

/**
 * The protocol map is the one list of messages: every type the background answers has a
 * handler in the router's table and a validator, and a message from a sender its type
 * does not allow is refused before its handler is reached.
 */

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = 'https://ledger.example/world/story';

/** A sender of each kind that can message the background (the background does not message itself). */
const SENDERS = {
  content: { id: ID, frameId: 0, url: PAGE, tab: { id: 7, url: PAGE } },
  'extension-page': { id: ID, url: `chrome-extension://${ID}/options.html` },
  offscreen: { id: ID, url: `chrome-extension://${ID}/offscreen.html` },
} satisfies Partial<Record<SenderKind, RequestSender>>;
type BackgroundSender = keyof typeof SENDERS;

function routes(): MessageRoutes {
  return {
    feeds: vi.fn(() => Promise.resolve({ ok: true as const })),
    afterReport: () => undefined,
    reader: { load: vi.fn(() => Promise.resolve(true)), budget: reportBudget() },
    outlets: { handle: vi.fn(() => Promise.resolve({ ok: false as const, error: 'not in this test' })), clear: vi.fn(() => Promise.resolve()) },
  };
}

function table(): HandlerTable {
  const deps = { db: () => openLibrary('message-router'), now: () => 5, extensionId: ID, setBadge: () => undefined, reports: reportBudget() };
  return backgroundHandlers(deps, routes());
}

/** A table whose every handler only records that it was reached. */
function spyTable(): { handlers: HandlerTable; reached: MessageType[] } {
  const reached: MessageType[] = [];
  const handlers = Object.fromEntries(
    typesTo('background').map((type) => [type, (request: { type: MessageType }) => (reached.push(request.type), Promise.resolve({ ok: true }))]),
  ) as unknown as HandlerTable;
  return { handlers, reached };
}

describe('the protocol map', () => {
  test('every message type the background answers has a handler and a validator, and no other has', () => {
    const background = typesTo('background');
    expect(background.length).toBeGreaterThan(20);
    expect(Object.keys(table()).sort()).toEqual([...background].sort());
    expect(Object.keys(VALIDATORS).sort()).toEqual([...background].sort());
    const handlers: Record<string, unknown> = table();
    const validators: Record<string, unknown> = VALIDATORS;
    for (const type of background) {
      expect(typeof handlers[type], type).toBe('function');
      expect(typeof validators[type], type).toBe('function');
    }
  });

  test('every message type has a receiver and at least one sender', () => {
    for (const type of MESSAGE_TYPES) {
      expect(['background', 'content', 'offscreen'], type).toContain(ROUTES[type].to);
      expect(ROUTES[type].from.length, type).toBeGreaterThan(0);
    }
  });

  test('the content script answers exactly the types sent to it', () => {
    for (const type of MESSAGE_TYPES) expect(isContentRequest({ type }), type).toBe(ROUTES[type].to === 'content');
  });

  test('each validator refuses a message of another type', () => {
    // reader:load carries nothing but its type: where the reader goes is the browser's word on the sender.
    for (const type of typesTo('background').filter((t) => t !== 'reader:load')) {
      const validate = (VALIDATORS as Record<string, (message: unknown) => unknown>)[type]!;
      expect(typeof validate({ type: type === 'feeds:list' ? 'library:clear' : 'feeds:list' }), type).toBe('string');
    }
  });
});

describe('the router', () => {
  test.each(typesTo('background'))('%s from a sender not allowed is refused before its handler', async (type) => {
    const allowed: readonly SenderKind[] = ROUTES[type].from;
    for (const kind of Object.keys(SENDERS) as BackgroundSender[]) {
      if (allowed.includes(kind)) continue;
      const { handlers, reached } = spyTable();
      const answer = await router(handlers, { extensionId: ID })({ type }, SENDERS[kind]);
      expect(answer, `${type} from ${kind}`).toEqual({ ok: false, error: ROUTES[type].refusal });
      expect(reached, `${type} from ${kind}`).toEqual([]);
    }
  });

  test('a message from an allowed sender reaches its handler once validated', async () => {
    const { handlers, reached } = spyTable();
    const route = router(handlers, { extensionId: ID });
    expect(await route({ type: 'library:clear' }, SENDERS['extension-page'])).toEqual({ ok: true });
    expect(await route({ type: 'reader:load' }, SENDERS.content)).toEqual({ ok: true });
    expect(reached).toEqual(['library:clear', 'reader:load']);
  });

  test.each<[string, unknown, RequestSender, string]>([
    ['another extension', { type: 'library:clear' }, { ...SENDERS['extension-page'], id: 'another' }, 'outside Parallax'],
    ['an unknown type', { type: 'library:nuke' }, SENDERS['extension-page'], 'unknown message type "library:nuke"'],
    ['a type on the prototype', { type: '__proto__' }, SENDERS['extension-page'], 'unknown message type'],
    ['a type the background does not answer', { type: 'page:get-state' }, SENDERS['extension-page'], 'unknown message type'],
    ['no object at all', 'library:clear', SENDERS['extension-page'], 'unknown message type'],
    ['a malformed request', { type: 'library:delete', urls: 'all' }, SENDERS['extension-page'], 'needs a list of urls'],
    ['a sender outside any kind (no tab, no address)', { type: 'reader:load' }, { id: ID }, 'web pages only'],
  ])('%s gets one clear error and reaches no handler', async (_name, message, sender, error) => {
    const { handlers, reached } = spyTable();
    expect(await router(handlers, { extensionId: ID })(message, sender)).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(reached).toEqual([]);
  });

  test('a handler that throws is an error answer, not a rejection', async () => {
    const { handlers } = spyTable();
    const failing = { ...handlers, 'library:clear': () => Promise.reject(new Error('quota exceeded')) } as HandlerTable;
    expect(await router(failing, { extensionId: ID })({ type: 'library:clear' }, SENDERS['extension-page'])).toEqual({ ok: false, error: 'quota exceeded' });
  });
});

describe('senderKind', () => {
  test.each<[string, RequestSender, SenderKind | null]>([
    ['a content script in a tab', SENDERS.content, 'content'],
    ['a content script in an iframe (the handler checks the frame)', { ...SENDERS.content, frameId: 3 }, 'content'],
    ['the options page in a tab', { id: ID, url: `chrome-extension://${ID}/options.html`, tab: { id: 3, url: `chrome-extension://${ID}/options.html` } }, 'extension-page'],
    ['the popup', { id: ID, url: `chrome-extension://${ID}/popup.html` }, 'extension-page'],
    ['the offscreen document', SENDERS.offscreen, 'offscreen'],
    ['another extension', { ...SENDERS.content, id: 'another' }, null],
    ['no tab and no extension address', { id: ID, url: PAGE }, null],
  ])('%s', (_name, sender, kind) => {
    expect(senderKind(sender, { extensionId: ID })).toBe(kind);
  });
});
