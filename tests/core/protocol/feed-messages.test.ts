import { describe, expect, test } from 'vitest';
import { INTERVAL_MINUTES, isFeedMessage, parseFeedRequest } from '../../../core/protocol/feed-messages';

describe('isFeedMessage', () => {
  test.each([[{ type: 'feeds:list' }], [{ type: 'feeds:follow', url: 'x' }], [{ type: 'feeds:anything' }]])('%j is one', (message) => {
    expect(isFeedMessage(message)).toBe(true);
  });

  test.each([[{ type: 'article:seen' }], [{ type: 'library:search' }], [{}], [{ type: 5 }], ['feeds:list'], [['feeds:list']], [null], [undefined]])(
    '%j is not',
    (message) => {
      expect(isFeedMessage(message)).toBe(false);
    },
  );
});

describe('parseFeedRequest', () => {
  describe('must accept', () => {
    test.each<[string, unknown, unknown]>([
      ['list', { type: 'feeds:list' }, { type: 'feeds:list' }],
      ['list, extra fields dropped', { type: 'feeds:list', evil: true }, { type: 'feeds:list' }],
      [
        'follow with a name and full text',
        { type: 'feeds:follow', url: 'https://ledger.example/feed', name: '  Northern Ledger ', fetchFullText: true },
        { type: 'feeds:follow', url: 'https://ledger.example/feed', name: 'Northern Ledger', fetchFullText: true },
      ],
      [
        'follow without a name (null), full text off unless exactly true',
        { type: 'feeds:follow', url: 'http://ledger.example', fetchFullText: 'yes' },
        { type: 'feeds:follow', url: 'http://ledger.example/', name: null, fetchFullText: false },
      ],
      ['follow with a blank name', { type: 'feeds:follow', url: 'https://ledger.example/', name: '   ' }, { type: 'feeds:follow', url: 'https://ledger.example/', name: null, fetchFullText: false }],
      ['follow with a null name', { type: 'feeds:follow', url: 'https://ledger.example/', name: null }, { type: 'feeds:follow', url: 'https://ledger.example/', name: null, fetchFullText: false }],
      ['follow with a name of 200 characters', { type: 'feeds:follow', url: 'https://a.example/', name: 'n'.repeat(200) }, { type: 'feeds:follow', url: 'https://a.example/', name: 'n'.repeat(200), fetchFullText: false }],
      ['update with only an id', { type: 'feeds:update', id: 'ledger.example' }, { type: 'feeds:update', id: 'ledger.example' }],
      [
        'update with everything',
        { type: 'feeds:update', id: 'ledger.example', name: ' Ledger ', paused: true, fetchFullText: false },
        { type: 'feeds:update', id: 'ledger.example', name: 'Ledger', paused: true, fetchFullText: false },
      ],
      ['update unpausing', { type: 'feeds:update', id: 'ledger.example', paused: false }, { type: 'feeds:update', id: 'ledger.example', paused: false }],
      ['remove keeping articles', { type: 'feeds:remove', id: 'ledger.example' }, { type: 'feeds:remove', id: 'ledger.example', deleteArticles: false }],
      ['remove with articles', { type: 'feeds:remove', id: 'ledger.example', deleteArticles: true }, { type: 'feeds:remove', id: 'ledger.example', deleteArticles: true }],
      ['remove, deleteArticles only when exactly true', { type: 'feeds:remove', id: 'x', deleteArticles: 'true' }, { type: 'feeds:remove', id: 'x', deleteArticles: false }],
      ['check-now of one', { type: 'feeds:check-now', id: 'ledger.example' }, { type: 'feeds:check-now', id: 'ledger.example' }],
      ['check-now of all (null)', { type: 'feeds:check-now', id: null }, { type: 'feeds:check-now', id: null }],
      ['check-now of all (no id)', { type: 'feeds:check-now' }, { type: 'feeds:check-now', id: null }],
      ['set-interval at the minimum', { type: 'feeds:set-interval', minutes: 5 }, { type: 'feeds:set-interval', minutes: 5 }],
      ['set-interval at the maximum', { type: 'feeds:set-interval', minutes: 1440 }, { type: 'feeds:set-interval', minutes: 1440 }],
    ])('%s', (_name, message, request) => {
      expect(parseFeedRequest(message)).toEqual(request);
    });
  });

  describe('must refuse', () => {
    test.each<[string, unknown, string]>([
      ['not an object', 'feeds:list', 'message is not an object'],
      ['null', null, 'message is not an object'],
      ['an unknown type', { type: 'feeds:delete-everything' }, 'unknown feeds request'],
      ['follow of javascript:', { type: 'feeds:follow', url: 'javascript:alert(1)' }, 'url must be an http(s) address'],
      ['follow of ftp:', { type: 'feeds:follow', url: 'ftp://ledger.example/feed' }, 'url must be an http(s) address'],
      ['follow of a file', { type: 'feeds:follow', url: 'file:///etc/passwd' }, 'url must be an http(s) address'],
      ['follow of no URL', { type: 'feeds:follow' }, 'url must be an http(s) address'],
      ['follow of a host without a scheme', { type: 'feeds:follow', url: 'ledger.example' }, 'url must be an http(s) address'],
      ['follow with an overlong name', { type: 'feeds:follow', url: 'https://a.example/', name: 'n'.repeat(201) }, 'name must be text of at most 200 characters'],
      ['follow with a number for a name', { type: 'feeds:follow', url: 'https://a.example/', name: 7 }, 'name must be text of at most 200 characters'],
      ['update without an id', { type: 'feeds:update', paused: true }, 'id must be a short string'],
      ['update with an empty id', { type: 'feeds:update', id: '' }, 'id must be a short string'],
      ['update with an overlong id', { type: 'feeds:update', id: 'x'.repeat(301) }, 'id must be a short string'],
      ['update with an overlong name', { type: 'feeds:update', id: 'a', name: 'n'.repeat(201) }, 'name must be text of 1 to 200 characters'],
      ['update with a blank name', { type: 'feeds:update', id: 'a', name: '   ' }, 'name must be text of 1 to 200 characters'],
      ['update with a non-boolean paused', { type: 'feeds:update', id: 'a', paused: 'yes' }, 'paused must be true or false'],
      ['update with paused as 1', { type: 'feeds:update', id: 'a', paused: 1 }, 'paused must be true or false'],
      ['update with a non-boolean fetchFullText', { type: 'feeds:update', id: 'a', fetchFullText: 'true' }, 'fetchFullText must be true or false'],
      ['remove without an id', { type: 'feeds:remove' }, 'id must be a short string'],
      ['check-now with a number id', { type: 'feeds:check-now', id: 5 }, 'id must be a short string or null'],
      ['check-now with an empty id', { type: 'feeds:check-now', id: '' }, 'id must be a short string or null'],
      ['set-interval below the minimum', { type: 'feeds:set-interval', minutes: 4 }, 'minutes must be a whole number from 5 to 1440'],
      ['set-interval above the maximum', { type: 'feeds:set-interval', minutes: 1441 }, 'minutes must be a whole number from 5 to 1440'],
      ['set-interval of a fraction', { type: 'feeds:set-interval', minutes: 30.5 }, 'minutes must be a whole number from 5 to 1440'],
      ['set-interval as text', { type: 'feeds:set-interval', minutes: '30' }, 'minutes must be a whole number from 5 to 1440'],
      ['set-interval of NaN', { type: 'feeds:set-interval', minutes: NaN }, 'minutes must be a whole number from 5 to 1440'],
    ])('%s', (_name, message, reason) => {
      expect(parseFeedRequest(message)).toBe(reason);
    });
  });

  test('the interval bounds are 5 minutes to a day, 30 by default', () => {
    expect(INTERVAL_MINUTES).toEqual({ min: 5, max: 1440, default: 30 });
  });
});
