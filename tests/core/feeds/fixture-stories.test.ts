import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsedFixture } from './feed-fixtures';

/**
 * The feeds carry stories of the fixture site (tests/fixtures/site/): same titles,
 * canonical URLs and times, so following an outlet can be tested against its pages.
 */

interface Expected {
  title: string;
  canonicalUrl: string;
  publishedTime: string;
}

function expected(page: string): Expected {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/expected/${page}.json`, import.meta.url)), 'utf8')) as Expected;
}

describe('fixture feeds and fixture pages agree', () => {
  test.each([
    ['rss2-northern-ledger.xml', 'outlet-one/local/carrow-bridge-floods'],
    ['rss2-northern-ledger.xml', 'outlet-one/world/voskov-lin-temirsk-talks'],
    ['atom-harbour-independent.xml', 'outlet-two/news/valdoria-qiran-ties-finest-chapter'],
    ['rdf-eastgate-wire.xml', 'outlet-three/world/lin-state-visit-krasnovel'],
  ])('%s lists %s', (feedName, page) => {
    const truth = expected(page);
    const item = parsedFixture(feedName).items.find((i) => i.url === truth.canonicalUrl);
    expect(item).toBeDefined();
    expect(item!.title).toBe(truth.title);
    expect(item!.published).toBe(truth.publishedTime);
  });

  test('the Carrow Bridge floods appear in three outlets’ feeds', () => {
    const floods = ['rss2-northern-ledger.xml', 'cdata-entities.xml', 'bad-dates.xml'].map(
      (name) => parsedFixture(name).items.filter((i) => /Carrow Bridge/.test(i.title)).length,
    );
    expect(floods).toEqual([2, 1, 1]);
  });
});
