import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FollowOutlet } from '../../components/FollowOutlet';
import type { FeedRequest, FeedResponse } from '../../core/protocol/feed-messages';
import { outletView } from './options/outlet-fixtures';
import { mount, settle } from './preact-dom';

/** The background: lists `outlets`, answers a follow with `followed`. */
function fakeBackground(outlets: FeedResponse | Error, ...followed: FeedResponse[]) {
  const sent: FeedRequest[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: FeedRequest) => {
    sent.push(request);
    if (request.type !== 'feeds:list') return followed.shift() ?? { ok: true };
    if (outlets instanceof Error) throw outlets;
    return outlets;
  }) as never);
  return { follows: () => sent.filter((r) => r.type === 'feeds:follow') };
}

const none: FeedResponse = { ok: true, outlets: [], intervalMinutes: 30 };
const ledger = { site: 'www.ledger.example', articleUrl: 'https://www.ledger.example/world/talks', siteName: 'The Northern Ledger' };

let view: ReturnType<typeof mount>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => view.unmount());

describe('FollowOutlet (popup)', () => {
  test('one click: the origin is asked for in the click, then the outlet followed; no second role=status in the popup', async () => {
    const background = fakeBackground(none, { ok: true, outlet: outletView() });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    view = mount(<FollowOutlet {...ledger} />);
    await settle();
    view.click(view.button('Follow The Northern Ledger'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.ledger.example/*'] });
    await settle();
    expect(background.follows()).toEqual([{ type: 'feeds:follow', url: 'https://www.ledger.example/', name: 'The Northern Ledger' }]);
    expect(view.text()).toContain('Following The Northern Ledger. Its stories will appear in your library.');
    expect(view.buttons(/Follow/)).toEqual([]);
    expect(view.role('status')).toEqual([]);
  });

  test('already followed (its site "www." or not): says so, no button', async () => {
    fakeBackground({ ok: true, outlets: [outletView({ name: 'Ledger', siteUrl: 'https://ledger.example/' })], intervalMinutes: 30 });
    view = mount(<FollowOutlet {...ledger} />);
    await settle();
    expect(view.text()).toContain('You follow Ledger');
    expect(view.buttons(/Follow/)).toEqual([]);
  });

  test('a canonical address on another host: the page’s site is followed; no outlet name: its host names it', async () => {
    const background = fakeBackground(none);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    view = mount(<FollowOutlet site="www.ledger.example" articleUrl="https://amp.partner.example/ledger/talks" siteName={null} />);
    await settle();
    view.click(view.button('Follow ledger.example'));
    await settle();
    expect(background.follows()).toEqual([{ type: 'feeds:follow', url: 'https://www.ledger.example/', name: null }]);
  });

  test('refused by the browser: said, nothing sent, the button stays', async () => {
    const background = fakeBackground(none);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    view = mount(<FollowOutlet {...ledger} />);
    await settle();
    view.click(view.button('Follow The Northern Ledger'));
    await settle();
    expect(background.follows()).toEqual([]);
    expect(view.text()).toContain('Your browser did not allow Parallax to read www.ledger.example.');
    expect(view.buttons('Follow The Northern Ledger')).toHaveLength(1);
  });

  test('a feed on another origin: "Allow <host>" asks for it, then follows again', async () => {
    const background = fakeBackground(
      none,
      { ok: false, error: 'www.ledger.example keeps its feed on feeds.ledger.net. Allow Parallax to read it too.', needsOrigins: ['https://feeds.ledger.net/*'] },
      { ok: true },
    );
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    view = mount(<FollowOutlet {...ledger} />);
    await settle();
    view.click(view.button('Follow The Northern Ledger'));
    await settle();
    expect(view.text()).toContain('keeps its feed on feeds.ledger.net');
    view.click(view.button('Allow feeds.ledger.net'));
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://feeds.ledger.net/*'] });
    await settle();
    expect(background.follows()).toHaveLength(2);
    expect(view.text()).toContain('Following The Northern Ledger.');
  });

  test('a background that cannot list outlets still offers the button; a failed follow says why', async () => {
    fakeBackground(new Error('Could not establish connection'), { ok: false, error: 'the site answered 503' });
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    view = mount(<FollowOutlet {...ledger} />);
    await settle();
    view.click(view.button('Follow The Northern Ledger'));
    await settle();
    expect(view.text()).toContain('Following failed: the site answered 503.');
  });
});
