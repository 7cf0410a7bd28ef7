import { describe, expect, test } from 'vitest';
import { parseDeclaredPolicies, policiesFromJsonLd } from '../../../core/outlet/policies';
import { readOutletPolicies } from '../../../dom/metadata/outlet-policies';
import { page } from '../../dom/parse';

const ld = (...blocks: unknown[]) => `<!doctype html><html><head>${blocks.map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`).join('')}</head><body><p>Story.</p></body></html>`;
const URL_ = 'https://www.northern-ledger.test/2026/07/03/ferry';

describe('declared policies are read from', () => {
  test('the article, its inline publisher and an organisation it names by @id, the first address for a kind winning', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'NewsArticle', headline: 'Ferry', publishingPrinciples: 'https://www.northern-ledger.test/principles', publisher: { '@id': '#org' } },
          {
            '@type': 'NewsMediaOrganization',
            '@id': '#org',
            url: 'https://ledger-group.test/',
            ownershipFundingInfo: { '@type': 'AboutPage', url: 'https://ledger-group.test/ownership' },
            correctionsPolicy: ['https://www.northern-ledger.test/corrections', 'https://elsewhere.test/'],
            publishingPrinciples: 'https://www.northern-ledger.test/other-principles',
          },
        ],
      }),
    );
    expect(readOutletPolicies(doc, URL_)).toEqual({
      links: [
        { kind: 'ownershipFundingInfo', url: 'https://ledger-group.test/ownership' },
        { kind: 'correctionsPolicy', url: 'https://www.northern-ledger.test/corrections' },
        { kind: 'publishingPrinciples', url: 'https://www.northern-ledger.test/principles' },
      ],
      publisherUrl: 'https://ledger-group.test/',
    });
  });

  test('microdata, with relative addresses resolved against the page, for kinds JSON-LD left out', () => {
    const doc = page(`<!doctype html><html><head>${ld({ '@type': 'NewsArticle', ethicsPolicy: 'https://www.northern-ledger.test/ethics' }).replace(/^.*<head>|<\/head>.*$/gs, '')}</head><body>
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <div itemprop="publisher" itemscope itemtype="https://schema.org/NewsMediaOrganization">
          <link itemprop="url" href="/">
          <a itemprop="masthead" href="/about/staff">Staff</a>
          <meta itemprop="ethicsPolicy" content="https://www.northern-ledger.test/other-ethics">
          <a itemprop="diversityPolicy actionableFeedbackPolicy" href="https://www.northern-ledger.test/diversity">Diversity</a>
        </div>
      </article></body></html>`);
    expect(readOutletPolicies(doc, URL_)).toEqual({
      links: [
        { kind: 'ethicsPolicy', url: 'https://www.northern-ledger.test/ethics' },
        { kind: 'masthead', url: 'https://www.northern-ledger.test/about/staff' },
        { kind: 'diversityPolicy', url: 'https://www.northern-ledger.test/diversity' },
        { kind: 'actionableFeedbackPolicy', url: 'https://www.northern-ledger.test/diversity' },
      ],
      publisherUrl: 'https://www.northern-ledger.test/',
    });
  });
});

describe('hostile declarations are dropped', () => {
  test.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative address in JSON-LD', '/corrections'],
    ['markup', '<a href="https://x.test">x</a>'],
    ['a number', 42],
    ['an address far too long', `https://www.northern-ledger.test/${'a'.repeat(5_000)}`],
    ['deep nesting', { url: { url: { url: { url: { url: 'https://www.northern-ledger.test/x' } } } } }],
  ])('%s', (_name, value) => {
    expect(policiesFromJsonLd([{ '@type': 'NewsArticle', correctionsPolicy: value }]).links).toEqual([]);
  });

  test('a message is rebuilt field by field: unknown kinds, duplicates and bad addresses go', () => {
    expect(
      parseDeclaredPolicies({
        links: [
          { kind: 'correctionsPolicy', url: 'https://a.test/c' },
          { kind: 'correctionsPolicy', url: 'https://a.test/other' },
          { kind: '__proto__', url: 'https://a.test/p' },
          { kind: 'masthead', url: 'javascript:alert(1)' },
          { kind: 'ethicsPolicy', url: 'https://a.test/e', extra: '<b>' },
          'not an object',
        ],
        publisherUrl: 'ftp://a.test/',
      }),
    ).toEqual({ links: [{ kind: 'correctionsPolicy', url: 'https://a.test/c' }, { kind: 'ethicsPolicy', url: 'https://a.test/e' }], publisherUrl: null });
    expect(parseDeclaredPolicies('nope')).toBeUndefined();
  });
});
