import { describe, expect, test, vi } from 'vitest';
import { relayCommand, relayMenuClick, SAVE_MENU_ID, type BrowserActionsApi } from '../../background/browser-actions';

function api(active?: number) {
  const sendToTab = vi.fn<BrowserActionsApi['sendToTab']>().mockResolvedValue(undefined);
  return { sendToTab, activeTabId: () => Promise.resolve(active) } satisfies BrowserActionsApi;
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

  test('a tab without our content script is not an error', async () => {
    const a = { sendToTab: () => Promise.reject(new Error('no receiver')), activeTabId: () => Promise.resolve(3) };
    await expect(relayMenuClick(a, SAVE_MENU_ID, 3)).resolves.toBeUndefined();
  });
});
