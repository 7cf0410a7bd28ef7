import { describe, expect, test } from 'vitest';
import { partOf, siteKey } from '../../scripts/corpus-split';
import { corpusF1, heldOutOverlap, withoutHeadline } from '../../scripts/held-out-overlap';

/** The held-out variant of the extraction measure, and the split every corpus evaluation uses. */

describe('heldOutOverlap', () => {
  test('punctuation does not split or join words', () => {
    expect(heldOutOverlap('the meeting, in the capital.', 'the meeting in the capital').f1).toBe(1);
  });

  test('case is kept', () => {
    expect(heldOutOverlap('The Meeting In The Capital', 'the meeting in the capital').f1).toBe(0);
  });

  test('a shingle extracted twice counts once when the truth has it once', () => {
    const once = 'one two three four';
    expect(heldOutOverlap(`${once} ${once}`, once).precision).toBeCloseTo(1 / 5);
  });
});

test('corpusF1 is the F1 of mean precision and mean recall, not the mean of F1s', () => {
  const rows = [
    { precision: 1, recall: 0, f1: 0 },
    { precision: 0, recall: 1, f1: 0 },
  ];
  expect(corpusF1(rows).f1).toBeCloseTo(0.5);
});

describe('withoutHeadline', () => {
  test('drops the opening paragraph that is the headline', () => {
    expect(withoutHeadline('Floods cut off villages\n\nThe river rose overnight.', ['Floods cut off villages | Valley Post'])).toBe('The river rose overnight.');
  });

  test('keeps a first paragraph that is not the headline', () => {
    const gold = 'The river rose overnight and cut off villages.\n\nRoads closed.';
    expect(withoutHeadline(gold, ['Floods cut off villages'])).toBe(gold);
  });
});

describe('the split by site', () => {
  test('pages of one site fall on the same side', () => {
    const a = { id: 'a', url: 'https://www.ledger.example.co.uk/world/1' };
    const b = { id: 'b', url: 'https://news.ledger.example.co.uk/local/2' };
    expect(siteKey(a)).toBe(siteKey(b));
    expect(partOf(a)).toBe(partOf(b));
  });

  test('a page without an address is placed by its id, the same way every time', () => {
    const page = { id: 'dragnet/R1', url: null };
    expect(siteKey(page)).toBe('id:dragnet/R1');
    expect(partOf(page)).toBe(partOf({ ...page }));
  });

  test('about three sites in ten are held out', () => {
    const parts = Array.from({ length: 1000 }, (_, i) => partOf({ id: String(i), url: `https://site${i}.example/x` }));
    const share = parts.filter((p) => p === 'test').length / parts.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
  });
});
