import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPopupState } from '../../components/load-popup-state';
import type { PageState } from '../../core/protocol/messages';

const article: PageState = {
  status: 'article',
  verdict: { isNews: true, score: 0.9, reasons: [] },
  report: { url: 'https://a.example/story', title: 'T', siteName: 'A', byline: null, publishedTime: null, lang: 'en', excerpt: null, text: 'x', flags: [] },
  flags: [],
  warnings: [],
  site: 'a.example',
  highlights: true,
};

describe('loadPopupState (WXT fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  test('asks the tab named in ?tab=, then the background by the stored URL', async () => {
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(article);
    const toBackground = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, matches: [], libraryCount: 3 });
    const state = await loadPopupState('?tab=42');
    expect(toTab).toHaveBeenCalledWith(42, { type: 'page:get-state' });
    expect(toBackground).toHaveBeenCalledWith({ type: 'matches:get', url: 'https://a.example/story', report: (article as { report: object }).report });
    expect(state).toEqual({ tabId: 42, page: article, matches: { ok: true, matches: [], libraryCount: 3 } });
  });

  test('a tab without a content script gives page: null, not an error', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await loadPopupState('?tab=7')).toEqual({ tabId: 7, page: null, matches: null });
  });

  test('without ?tab= it asks for the active tab', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    const toTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ status: 'working' });
    expect(await loadPopupState('')).toEqual({ tabId: 9, page: { status: 'working' }, matches: null });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(toTab).toHaveBeenCalledWith(9, { type: 'page:get-state' });
  });

  test('a library error reaches the popup as a message', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(article);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('quota exceeded'));
    const state = await loadPopupState('?tab=1');
    expect(state.matches).toMatchObject({ ok: false, error: expect.stringContaining('quota exceeded') });
  });
});
