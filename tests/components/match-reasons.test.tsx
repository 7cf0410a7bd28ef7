import { afterEach, describe, expect, test } from 'vitest';
import { MatchReasons } from '../../components/MatchReasons';
import type { MatchView } from '../../core/protocol/messages';
import { mount } from './preact-dom';

const base: MatchView = {
  url: 'https://ferries.example/boats',
  title: 'Fjordline adds boats from Osterkai pier in Norvik',
  siteName: 'Ferry News',
  publishedTime: '2025-03-04T12:00:00Z',
  score: 0.43,
  sharedNames: ['Norvik'],
  sharedQuotes: [],
  daysApart: 0,
  people: [],
  places: ['Norvik'],
  orgs: [],
  sharedNumbers: [],
  sharedActions: [],
  via: null,
  pieceKind: null,
};

let view: ReturnType<typeof mount>;
afterEach(() => view.unmount());

describe('MatchReasons', () => {
  test('an account listed through another names that account by headline and outlet', () => {
    view = mount(<MatchReasons match={{ ...base, via: { url: 'https://wire.example/closures', title: 'Norvik shuts harbour crossings', siteName: 'Northern Wire' } }} />);
    expect(view.text()).toContain('Linked throughNorvik shuts harbour crossings (Northern Wire)');
  });

  test('without a headline or outlet the link is its address; an account matched on its own says nothing of links', () => {
    view = mount(<MatchReasons match={{ ...base, via: { url: 'https://wire.example/closures', title: null, siteName: null } }} />);
    expect(view.text()).toContain('Linked throughhttps://wire.example/closures');
    view.unmount();
    view = mount(<MatchReasons match={base} />);
    expect(view.text()).not.toContain('Linked through');
    expect(view.text()).toContain('Norvik');
  });

  test('the actions both accounts report are named, as the CLI gives them; none, no line', () => {
    view = mount(<MatchReasons match={{ ...base, sharedActions: ['block', 'vote'] }} />);
    expect(view.text()).toContain('Both reportblock and vote');
    view.unmount();
    view = mount(<MatchReasons match={base} />);
    expect(view.text()).not.toContain('Both report');
  });
});
