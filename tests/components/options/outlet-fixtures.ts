import type { OutletView } from '../../../core/protocol/feed-messages';

export const NOW = Date.parse('2025-03-13T12:00:00Z');
export const MINUTE = 60_000;

/** An outlet as the background lists it; never checked unless the case says otherwise. */
export function outletView(over: Partial<OutletView> = {}): OutletView {
  return {
    id: 'ledger.example',
    name: 'The Northern Ledger',
    siteUrl: 'https://www.ledger.example/',
    feedUrls: ['https://www.ledger.example/rss'],
    paused: false,
    fetchFullText: false,
    addedAt: NOW - 10 * 24 * 60 * MINUTE,
    lastCheck: null,
    lastSuccess: null,
    itemCount: 0,
    articleCount: 0,
    lastError: null,
    missingOrigins: [],
    checking: false,
    ...over,
  };
}
