import { describe, expect, test } from 'vitest';
import { allowedPolicyLinks } from '../../../background/outlets/policy-sites';
import type { PolicyLink } from '../../../core/outlet/policies';

const PAGE = 'https://news.northern-ledger.co.uk/2026/07/03/ferry';
const link = (url: string): PolicyLink => ({ kind: 'correctionsPolicy', url });

describe('policy links kept', () => {
  test.each([
    ['the page’s own host', 'https://news.northern-ledger.co.uk/corrections'],
    ['another host of the same registrable domain', 'https://www.northern-ledger.co.uk/corrections'],
    ['the site of the publisher the page names', 'https://ledger-group.example/policies'],
  ])('%s', (_name, url) => {
    expect(allowedPolicyLinks({ links: [link(url)], publisherUrl: 'https://www.ledger-group.example/' }, PAGE)).toHaveLength(1);
  });
});

describe('policy links refused', () => {
  test.each([
    ['a third party', 'https://tracker.example/corrections'],
    ['a lookalike domain', 'https://northern-ledger.co.uk.evil.example/corrections'],
    ['another site under the same public suffix', 'https://other-paper.co.uk/corrections'],
    ['a sibling on a private suffix', 'https://someone.github.io/x'],
  ])('%s', (_name, url) => {
    expect(allowedPolicyLinks({ links: [link(url)], publisherUrl: null }, PAGE)).toEqual([]);
  });

  test('two blogs on one private suffix are two sites', () => {
    expect(allowedPolicyLinks({ links: [link('https://b.github.io/corrections')], publisherUrl: null }, 'https://a.github.io/post')).toEqual([]);
  });
});
