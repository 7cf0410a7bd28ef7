/* The outlets card: what the reader does to an outlet (the list and following are in outlets-card.test.tsx). */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OutletsCard } from '../../../components/options/OutletsCard';
import type { FeedRequest } from '../../../core/protocol/feed-messages';
import { mount, settle } from '../preact-dom';
import { grant, fakeBackground } from './outlets-card-fakes';
import { outletView } from './outlet-fixtures';

let view: ReturnType<typeof mount>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  view.unmount();
  vi.useRealTimers();
});

describe('what the reader does to an outlet', () => {
  const ledger = () => outletView({ lastCheck: Date.now(), lastSuccess: Date.now(), itemCount: 24, articleCount: 12 });

  test.each<[string, (v: typeof view) => void, FeedRequest, string]>([
    ['Pause', (v) => v.click(v.button('Pause The Northern Ledger')), { type: 'feeds:update', id: 'ledger.example', paused: true }, 'Paused The Northern Ledger.'],
    ['Check now', (v) => v.click(v.button('Check The Northern Ledger now')), { type: 'feeds:check-now', id: 'ledger.example' }, 'Checking The Northern Ledger now…'],
    ['Check all now', (v) => v.click(v.button('Check all now')), { type: 'feeds:check-now', id: null }, 'Checking every outlet now…'],
    ['Fetch full articles', (v) => v.change(v.labelled(/^Fetch full articles/), true), { type: 'feeds:update', id: 'ledger.example', fetchFullText: true }, 'fetches the full articles'],
    ['the interval', (v) => v.change(v.labelled('Check every'), '60'), { type: 'feeds:set-interval', minutes: 60 }, 'every 1 hour'],
  ])('%s: sent, said, and the list asked again', async (_name, act, request, said) => {
    const background = fakeBackground([ledger()]);
    view = mount(<OutletsCard />);
    await settle();
    act(view);
    await settle();
    expect(background.actions()).toEqual([request]);
    expect(background.lists()).toBe(2);
    expect(view.role('status').map((s) => s.textContent).join()).toContain(said);
  });

  test('a paused outlet offers Resume', async () => {
    const background = fakeBackground([outletView({ paused: true })]);
    view = mount(<OutletsCard />);
    await settle();
    expect(view.text()).toContain('Paused');
    view.click(view.button('Resume The Northern Ledger'));
    await settle();
    expect(background.actions()).toEqual([{ type: 'feeds:update', id: 'ledger.example', paused: false }]);
  });

  test('a refused action is an alert', async () => {
    fakeBackground([ledger()], { 'feeds:check-now': () => ({ ok: false, error: 'no such outlet' }) });
    view = mount(<OutletsCard />);
    await settle();
    view.click(view.button('Check The Northern Ledger now'));
    await settle();
    expect(view.role('alert').map((a) => a.textContent).join()).toContain('That did not work: no such outlet');
  });

  test('Allow again asks for the missing origins in the click, then checks the outlet', async () => {
    const background = fakeBackground([outletView({ missingOrigins: ['https://www.ledger.example/*'] })]);
    const request = grant();
    view = mount(<OutletsCard />);
    await settle();
    view.click(view.button('Allow Parallax to read The Northern Ledger again'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.ledger.example/*'] });
    await settle();
    expect(background.actions()).toEqual([{ type: 'feeds:check-now', id: 'ledger.example' }]);
  });

  test('Rename turns into a field; Save sends the trimmed name; the heading shows it', async () => {
    const background = fakeBackground([ledger()], {
      'feeds:update': (r) => {
        background.state.outlets = [outletView({ name: (r as { name: string }).name })];
        return { ok: true };
      },
    });
    view = mount(<OutletsCard />);
    await settle();
    view.click(view.button('Rename The Northern Ledger'));
    await settle();
    const field = view.labelled('New name for The Northern Ledger');
    view.type(field, '   ');
    await settle();
    view.submit(field.closest('form')!);
    await settle();
    expect(view.role('alert').map((a) => a.textContent).join()).toContain('Enter a name.');
    view.type(field, '  Northern   Ledger ');
    await settle();
    view.submit(field.closest('form')!);
    await settle();
    expect(background.actions()).toEqual([{ type: 'feeds:update', id: 'ledger.example', name: 'Northern Ledger' }]);
    expect(view.root.querySelector('h4.px-outlet-name')?.textContent).toBe('Northern Ledger');
    expect(view.buttons('Rename Northern Ledger')).toHaveLength(1);
  });

  test('Cancel leaves the name as it was; focus goes into the field and back to Rename', async () => {
    const background = fakeBackground([ledger()]);
    view = mount(<OutletsCard />);
    await settle();
    view.click(view.button('Rename The Northern Ledger'));
    await settle();
    const field = view.labelled('New name for The Northern Ledger');
    expect(view.focused()).toBe(field);
    view.type(field, 'Other');
    view.click(view.button('Cancel'));
    await settle();
    expect(background.actions()).toEqual([]);
    expect(view.root.querySelector('h4.px-outlet-name')?.textContent).toBe('The Northern Ledger');
    expect(view.focused()).toBe(view.button('Rename The Northern Ledger'));
  });

  test('Stop following asks in the page; Cancel keeps it; Confirm with the box ticked deletes its articles too', async () => {
    const background = fakeBackground([ledger()], {
      'feeds:remove': () => {
        background.state.outlets = [];
        return { ok: true };
      },
    });
    view = mount(<OutletsCard />);
    await settle();
    view.click(view.button('Stop following The Northern Ledger'));
    await settle();
    expect(view.text()).toContain('Stop following The Northern Ledger?');
    expect(view.focused()).toBe(view.labelled('Also delete its 12 articles from the library'));
    view.click(view.button('Cancel'));
    await settle();
    expect(view.text()).not.toContain('Stop following The Northern Ledger?');
    expect(view.focused()).toBe(view.button('Stop following The Northern Ledger'));

    view.click(view.button('Stop following The Northern Ledger'));
    await settle();
    view.change(view.labelled('Also delete its 12 articles from the library'), true);
    await settle();
    view.click(view.button('Confirm'));
    await settle();
    expect(background.actions()).toEqual([{ type: 'feeds:remove', id: 'ledger.example', deleteArticles: true }]);
    expect(view.text()).toContain('You don’t follow any outlet yet.');
    // The row is gone: focus goes to the card's heading, not to the page's start.
    expect(view.focused()?.textContent).toBe('Outlets you follow');
    expect(view.role('status').map((s) => s.textContent).join()).toContain('Stopped following The Northern Ledger. Its articles were deleted from your library.');
  });

  test('an outlet with no article in the library is not offered their deletion', async () => {
    fakeBackground([outletView()]);
    view = mount(<OutletsCard />);
    await settle();
    view.click(view.button('Stop following The Northern Ledger'));
    await settle();
    expect(view.text()).not.toContain('Also delete');
    expect(view.button('Confirm')).toBeTruthy();
  });
});
