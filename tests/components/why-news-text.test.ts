import { describe, expect, test } from 'vitest';
import { newsReasonLines } from '../../cli/news-reasons';
import { newsReasonText } from '../../components/why-news-text';
import { NEWS_SIGNALS } from '../../core/detection/news-signals';

/** The popup's "Why is this treated as news?" and the CLI say the same words for each reason. */

describe('the popup’s words for the detector’s reasons', () => {
  test.each(NEWS_SIGNALS.map((row) => [row.id, row.weight] as const))('%s', (id, weight) => {
    for (const w of [weight, -weight]) {
      const reason = { id, weight: w, evidence: 'Valley Post' };
      expect(newsReasonText(reason)).toBe(newsReasonLines([reason])[0]);
      expect(newsReasonText(reason)).not.toContain(`news_reason_`);
    }
  });
});
