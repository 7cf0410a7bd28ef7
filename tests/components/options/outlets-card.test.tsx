import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OutletsCard } from '../../../components/options/OutletsCard';
import { mount, settle } from '../preact-dom';
import { grant, fakeBackground } from './outlets-card-fakes';
import { MINUTE, outletView } from './outlet-fixtures';

let view: ReturnType<typeof mount>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  view.unmount();
  vi.useRealTimers();
});

describe('the list', () => {
  test('empty: says so, with no interval or "Check all" to offer', async () => {
    fakeBackground([]);
    view = mount(<OutletsCard />);
    expect(view.text()).toContain('Loading your outlets…');
    await settle();
    expect(view.text()).toContain('You don’t follow any outlet yet.');
    expect(view.buttons('Check all now')).toEqual([]);
  });

  test('an outlet: name, site, status, its last error as static text, a missing permission to allow again', async () => {
    const checked = Date.now() - 5 * MINUTE;
    fakeBackground([
      outletView({
        lastCheck: checked,
        lastSuccess: checked,
        itemCount: 24,
        articleCount: 12,
        lastError: 'the feed answered 404 (not found)',
        missingOrigins: ['https://www.ledger.example/*'],
      }),
    ]);
    view = mount(<OutletsCard />);
    await settle();
    const text = view.text();
    expect(text).toContain('The Northern Ledger');
    expect(text).toContain('www.ledger.example');
    expect(text).toContain('Checked 5 minutes ago · 24 stories · 12 in your library');
    expect(text).toContain('Last check: the feed answered 404 (not found)');
    expect(text).toContain('Your browser no longer lets Parallax read www.ledger.example');
    // Static state is not an alert: a screen reader would shout it on every refresh.
    expect(view.role('alert').map((a) => a.textContent)).not.toContain(expect.stringContaining('404'));
    for (const name of ['Rename The Northern Ledger', 'Pause The Northern Ledger', 'Check The Northern Ledger now', 'Stop following The Northern Ledger', 'Allow Parallax to read The Northern Ledger again']) {
      expect(view.button(name)).toBeTruthy();
    }
    expect(view.labelled(/^Fetch full articles/).checked).toBeFalsy();
    expect(view.labelled('Check every').getAttribute('value')).toBe('30');
  });

  test('a list that cannot be read is an alert, not an empty list', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    view = mount(<OutletsCard />);
    await settle();
    expect(view.role('alert').map((a) => a.textContent).join()).toContain('Your outlets could not be read: Could not establish connection');
    expect(view.text()).not.toContain('You don’t follow any outlet yet.');
  });

  test('asked again every 2 s while a check is under way, and no longer after', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const background = fakeBackground([outletView({ checking: true })]);
    view = mount(<OutletsCard />);
    await settle();
    expect(background.lists()).toBe(1);
    expect(view.text()).toContain('Checking for the first time…');
    vi.advanceTimersByTime(2_000);
    await settle();
    expect(background.lists()).toBe(2);
    const done = Date.now();
    background.state.outlets = [outletView({ lastCheck: done, lastSuccess: done, itemCount: 3, articleCount: 3 })];
    vi.advanceTimersByTime(2_000);
    await settle();
    expect(background.lists()).toBe(3);
    expect(view.text()).toContain('Checked just now · 3 stories · 3 in your library');
    vi.advanceTimersByTime(10_000);
    await settle();
    expect(background.lists()).toBe(3);
  });
});

describe('following an outlet', () => {
  const follow = async (address: string) => {
    view.type(view.labelled('Site or feed address'), address);
    await settle();
    view.submit(view.root.querySelector('form')!);
  };

  test('asks the browser for the origin first, then the background; says so and lists again', async () => {
    const background = fakeBackground([], {
      'feeds:follow': () => {
        const harbour = outletView({ id: 'harbour.example', name: 'Harbour Times', siteUrl: 'https://harbour.example/' });
        background.state.outlets = [harbour];
        return { ok: true, outlet: harbour };
      },
    });
    const request = grant();
    view = mount(<OutletsCard />);
    await settle();
    await follow('harbour.example');
    // In the submit itself, before any await: Firefox refuses the request otherwise.
    expect(request).toHaveBeenCalledWith({ origins: ['https://harbour.example/*'] });
    expect(background.actions()).toEqual([]);
    await settle();
    expect(background.actions()).toEqual([{ type: 'feeds:follow', url: 'https://harbour.example/', name: null }]);
    expect(view.role('status').map((s) => s.textContent).join()).toContain('Following Harbour Times. Its stories will appear in your library.');
    expect(view.text()).toContain('harbour.example');
    expect(view.labelled('Site or feed address').value).toBe('');
  });

  test('refused by the browser: nothing is sent', async () => {
    const background = fakeBackground([]);
    grant(false);
    view = mount(<OutletsCard />);
    await settle();
    await follow('https://harbour.example/rss');
    await settle();
    expect(background.actions()).toEqual([]);
    expect(view.role('alert').map((a) => a.textContent).join()).toContain('Your browser did not allow Parallax to read harbour.example');
  });

  test('an address that names no site: said, and nothing asked', async () => {
    const background = fakeBackground([]);
    const request = grant();
    view = mount(<OutletsCard />);
    await settle();
    await follow('not a site');
    await settle();
    expect(request).not.toHaveBeenCalled();
    expect(background.actions()).toEqual([]);
    expect(view.role('alert').map((a) => a.textContent).join()).toContain('Enter a site such as example.com');
  });

  test('a feed on another origin: "Allow <host>" asks for it in the click, then follows again', async () => {
    let tries = 0;
    const background = fakeBackground([], {
      'feeds:follow': () =>
        ++tries === 1
          ? { ok: false, error: 'harbour.example keeps its feed on feeds.example.net. Allow Parallax to read it too.', needsOrigins: ['https://feeds.example.net/*'] }
          : { ok: true },
    });
    const request = grant();
    view = mount(<OutletsCard />);
    await settle();
    await follow('harbour.example');
    await settle();
    expect(view.role('alert').map((a) => a.textContent).join()).toContain('keeps its feed on feeds.example.net');
    view.click(view.button('Allow feeds.example.net'));
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://feeds.example.net/*'] });
    await settle();
    expect(background.actions()).toEqual([
      { type: 'feeds:follow', url: 'https://harbour.example/', name: null },
      { type: 'feeds:follow', url: 'https://harbour.example/', name: null },
    ]);
    expect(view.buttons('Allow feeds.example.net')).toEqual([]);
    expect(view.role('status').map((s) => s.textContent).join()).toContain('Following harbour.example.');
  });
});
