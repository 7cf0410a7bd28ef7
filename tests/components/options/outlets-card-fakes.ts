import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FeedRequest, FeedResponse, OutletView } from '../../../core/protocol/feed-messages';

/** The background and the browser as the outlets card meets them, for its component tests. */

export type Answer = (request: FeedRequest) => FeedResponse;

/** The background's side: lists `state.outlets`, says ok to the rest unless a case answers otherwise. */
export function fakeBackground(outlets: OutletView[], answers: Partial<Record<FeedRequest['type'], Answer>> = {}) {
  const state = { outlets, intervalMinutes: 30 };
  const sent: FeedRequest[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: FeedRequest) => {
    sent.push(request);
    const answer = answers[request.type];
    if (answer) return answer(request);
    if (request.type === 'feeds:list') return { ok: true, outlets: state.outlets, intervalMinutes: state.intervalMinutes };
    return { ok: true };
  }) as never);
  const lists = () => sent.filter((r) => r.type === 'feeds:list').length;
  const actions = () => sent.filter((r) => r.type !== 'feeds:list');
  return { state, sent, lists, actions };
}

export const grant = (granted = true) => vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(granted);
