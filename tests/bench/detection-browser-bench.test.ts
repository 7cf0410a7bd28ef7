import { describe, expect, test } from 'vitest';
import { detectionSample } from '../../bench/detection-browser-bench';
import { partOf, type JsonlPage } from '../../scripts/corpus-split';

/** The browser bench's sample: the dev part only, as many of each label, the same pages every run. */

const pages: JsonlPage[] = Array.from({ length: 120 }, (_, i) => ({
  id: `set/${i}`,
  url: `https://site-${i % 40}.example/story-${i}`,
  source_dataset: 'set',
  html: '',
  label: i % 3 === 0 ? 'NEWS' : i % 3 === 1 ? 'NOT_NEWS' : 'AMBIGUOUS',
}));

describe('detectionSample', () => {
  test('takes dev-part pages only, news and not-news alike, whatever order they come in', () => {
    const sample = detectionSample(pages, 5);
    expect(sample).toHaveLength(10);
    expect(sample.every((p) => partOf(p) === 'dev')).toBe(true);
    expect(sample.filter((p) => p.label === 'NEWS')).toHaveLength(5);
    expect(sample.filter((p) => p.label === 'NOT_NEWS')).toHaveLength(5);
    expect(detectionSample([...pages].reverse(), 5).map((p) => p.id)).toEqual(sample.map((p) => p.id));
  });
});
