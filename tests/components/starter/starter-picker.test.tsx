import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CoverageNote } from '../../../components/CoverageNote';
import { StarterOutletRow } from '../../../components/starter/StarterOutletRow';
import { StarterPicker } from '../../../components/starter/StarterPicker';
import type { FeedRequest } from '../../../core/protocol/feed-messages';
import type { Coverage } from '../../../core/feeds/coverage';
import type { FollowProgress } from '../../../core/feeds/follow-progress';
import { balancedDozen } from '../../../core/starter/balanced-dozen';
import { starterSet } from '../../../core/starter/starter-set';
import { mount, settle } from '../preact-dom';

/** The background: answers progress with what `progress` holds now, and records every request. */
function fakeBackground(state: { progress: FollowProgress | null; coverage?: Coverage }) {
  const sent: FeedRequest[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: FeedRequest) => {
    sent.push(request);
    if (request.type === 'feeds:progress') return { ok: true, progress: state.progress };
    if (request.type === 'feeds:coverage') return { ok: true, coverage: state.coverage };
    return { ok: true };
  }) as never);
  return { sent, followed: () => sent.filter((r) => r.type === 'feeds:follow-many') };
}

const dozen = balancedDozen(starterSet().outlets);
const hostOf = (site: string) => new URL(site).hostname;

let view: ReturnType<typeof mount>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => view.unmount());

describe('StarterPicker', () => {
  test('the balanced dozen: twelve ticked, exactly their sites listed, one prompt for all of them in the click, then followed', async () => {
    const background = fakeBackground({ progress: null });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    view = mount(<StarterPicker />);
    await settle();
    expect(view.text()).toContain('Tick outlets to see which sites');

    view.click(view.button('Pick a balanced dozen'));
    await settle();
    expect(view.text()).toContain('12 outlets chosen');
    const listed = [...view.root.querySelectorAll('.px-starter-site-list li')].map((li) => li.textContent);
    expect(listed.sort()).toEqual(dozen.map((o) => hostOf(o.site)).sort());
    // Nothing fetched, nothing asked before the reader allows.
    expect(background.followed()).toEqual([]);
    expect(request).not.toHaveBeenCalled();

    view.click(view.button('Allow and follow 12 outlets'));
    // In the click itself, before any await: Firefox refuses a prompt after one.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0].origins!.sort()).toEqual(dozen.map((o) => `https://${hostOf(o.site)}/*`).sort());
    await settle();
    const [follow] = background.followed() as Array<Extract<FeedRequest, { type: 'feeds:follow-many' }>>;
    expect(background.followed()).toHaveLength(1);
    expect(follow!.sites).toHaveLength(12);
    expect(follow!.sites).toEqual(expect.arrayContaining(dozen.map((o) => ({ url: o.site, name: o.name }))));
  });

  test('refused by the browser: nothing is followed, and it says so', async () => {
    const background = fakeBackground({ progress: null });
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    view = mount(<StarterPicker />);
    await settle();
    view.change(view.labelled(/^Reuters/), true);
    await settle();
    view.click(view.button('Allow and follow 1 outlet'));
    await settle();
    expect(background.followed()).toEqual([]);
    expect(view.text()).toContain('did not allow Parallax to read these sites');
  });

  test('the progress line and each row say how the first check goes', async () => {
    const [first, second, third] = dozen;
    const progress: FollowProgress = {
      startedAt: 1,
      finishedAt: 2,
      rows: [
        { site: first!.site, name: first!.name, outletId: 'a', status: 'read', error: null, stories: 30 },
        { site: second!.site, name: second!.name, outletId: null, status: 'no-feed', error: 'No news feed found at x.', stories: 0 },
        { site: third!.site, name: third!.name, outletId: 'c', status: 'failed', error: 'The site answered 503 (service unavailable).', stories: 0 },
      ],
    };
    fakeBackground({ progress });
    view = mount(<StarterPicker />);
    await settle();
    expect(view.text()).toContain('3 outlets, 1 read, 30 stories');
    expect(view.text()).toContain('First check done.');
    expect(view.text()).toContain('2 outlets could not be read');
    const status = (site: string) => view.root.querySelector(`[data-outlet="${dozen.find((o) => o.site === site)!.id}"] .px-starter-status`)?.textContent;
    expect(status(first!.site)).toBe('followed: 30 stories');
    expect(status(second!.site)).toBe('not followed: No news feed found at x.');
    expect(status(third!.site)).toContain('its feed failed: The site answered 503');
  });

  // Every answer of the poll is a new object: re-rendering every row on each one made a 73 ms task on a busy machine.
  test('while the check runs, an answer like the last renders no row, and a changed row renders alone', async () => {
    const [first, second, third] = dozen;
    const row = (outlet: typeof first, status: 'finding' | 'read', stories = 0) => ({ site: outlet!.site, name: outlet!.name, outletId: null, status, error: null, stories });
    const state = { progress: { startedAt: 1, finishedAt: null, rows: [row(first, 'finding'), row(second, 'finding'), row(third, 'finding')] } as FollowProgress };
    fakeBackground(state);
    const renders = vi.spyOn(StarterOutletRow.prototype, 'render');
    const nextPoll = async () => {
      await new Promise((resolve) => setTimeout(resolve, 450));
      await settle();
    };
    view = mount(<StarterPicker />);
    await settle();
    expect(view.text()).toContain('3 outlets, 0 read');
    renders.mockClear();

    state.progress = structuredClone(state.progress);
    await nextPoll();
    expect(renders).not.toHaveBeenCalled();

    state.progress = { ...state.progress, rows: [row(first, 'read', 7), row(second, 'finding'), row(third, 'finding')] };
    await nextPoll();
    expect(renders.mock.contexts.map((row) => (row as StarterOutletRow).props.outlet.id)).toEqual([first!.id]);
    expect(view.text()).toContain('3 outlets, 1 read, 7 stories');
  });

  test('state-controlled outlets are marked, and every kind names its source', async () => {
    fakeBackground({ progress: null });
    view = mount(<StarterPicker />);
    await settle();
    const marked = [...view.root.querySelectorAll('.px-starter-outlet')].filter((li) => li.querySelector('.px-starter-state'));
    expect(marked.map((li) => li.getAttribute('data-outlet')).sort()).toEqual(starterSet().outlets.filter((o) => o.kind === 'state-controlled').map((o) => o.id).sort());
    expect(view.root.querySelectorAll('.px-starter-meta a')).toHaveLength(starterSet().outlets.length);
  });
});

describe('CoverageNote', () => {
  const report = { url: 'https://a.example/s', title: 'T', siteName: 'A', byline: null, publishedTime: '2025-03-14T10:00:00Z', lang: 'en', excerpt: null, text: 't', flags: [] };

  test('names the outlets that published those days but have no account', async () => {
    fakeBackground({ progress: null, coverage: { followed: 12, published: ['A', 'B', 'C', 'D'], covered: ['A', 'B'], notCovered: ['C', 'D'], windowDays: 2 } });
    view = mount(<CoverageNote report={report} matches={[]} />);
    await settle();
    expect(view.text()).toContain('Of the 12 outlets you follow, 4 published in the days around this article (2 with an account of this event).');
    expect(view.text()).toContain('Not covered by: C and D');
  });

  test('says nothing to a reader who follows no outlet', async () => {
    fakeBackground({ progress: null, coverage: { followed: 0, published: [], covered: [], notCovered: [], windowDays: 2 } });
    view = mount(<CoverageNote report={report} matches={[]} />);
    await settle();
    expect(view.text()).toBe('');
  });
});
