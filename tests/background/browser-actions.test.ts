import { describe, expect, test, vi } from 'vitest';
import { relayCommand, relayMenuClick, SAVE_MENU_ID, type BrowserActionsApi } from '../../background/browser-actions';

function api(active?: number) {
  const sendToTab = vi.fn<BrowserActionsApi['sendToTab']>().mockResolvedValue(undefined);
  return { sendToTab, activeTabId: () => Promise.resolve(active), injectReader: vi.fn(() => Promise.resolve(true)) } satisfies BrowserActionsApi;
}

describe('relayed to the tab', () => {
  test.each([
    ['the next-flag shortcut', (a: BrowserActionsApi) => relayCommand(a, 'next-flag', 4), 4, { type: 'page:next-flag' }],
    ['the save menu', (a: BrowserActionsApi) => relayMenuClick(a, SAVE_MENU_ID, 4), 4, { type: 'page:save' }],
    ['the save menu without a tab: the active one', (a: BrowserActionsApi) => relayMenuClick(a, SAVE_MENU_ID, undefined), 9, { type: 'page:save' }],
  ])('%s', async (_name, act, tabId, request) => {
    const a = api(9);
    await act(a);
    expect(a.sendToTab).toHaveBeenCalledWith(tabId, request);
  });
});

describe('not relayed', () => {
  test.each([
    ['another command', (a: BrowserActionsApi) => relayCommand(a, 'other', 4)],
    ['another menu item', (a: BrowserActionsApi) => relayMenuClick(a, 'someone-else', 4)],
    ['no tab at all', (a: BrowserActionsApi) => relayMenuClick(a, SAVE_MENU_ID, undefined)],
  ])('%s', async (_name, act) => {
    const a = api(undefined);
    await act(a);
    expect(a.sendToTab).not.toHaveBeenCalled();
  });

  test('a tab where no script may run is not an error', async () => {
    const injectReader = vi.fn(() => Promise.resolve(false));
    const a = { sendToTab: () => Promise.reject(new Error('no receiver')), activeTabId: () => Promise.resolve(3), injectReader };
    await expect(relayMenuClick(a, SAVE_MENU_ID, 3)).resolves.toBeUndefined();
    expect(injectReader).toHaveBeenCalledWith(3);
  });
});

describe('a tab not read automatically', () => {
  test('is read first, then given the request', async () => {
    const sendToTab = vi.fn<BrowserActionsApi['sendToTab']>().mockRejectedValueOnce(new Error('no receiver')).mockResolvedValue({ ok: true });
    const injectReader = vi.fn(() => Promise.resolve(true));
    await relayMenuClick({ sendToTab, activeTabId: () => Promise.resolve(undefined), injectReader }, SAVE_MENU_ID, 5);
    expect(injectReader).toHaveBeenCalledWith(5);
    expect(sendToTab).toHaveBeenCalledTimes(2);
    expect(sendToTab).toHaveBeenLastCalledWith(5, { type: 'page:save' });
  });

  test('is not read again when its script answers', async () => {
    const a = api(2);
    await relayCommand(a, 'next-flag', 2);
    expect(a.injectReader).not.toHaveBeenCalled();
  });
});
