/**
 * The news detector's two-stage decision: its costly body signals (a printed byline or
 * date found by walking the page) are read only while they could still change the answer.
 * Signals sum as log-odds and the page is news at a sum of 0 or more, so once the sum so
 * far plus every positive weight still unread stays below 0, or the sum plus every
 * negative one stays at 0 or above, the answer is the one the full reading would give.
 * Only the cost, the score and the reasons listed can differ: the reasons then are the
 * ones that settled it.
 */

/** News (true) or not (false) whatever the unread signals hold; null while they could still tip it. */
export function settledVerdict(logit: number, unreadWeights: readonly number[]): boolean | null {
  let highest = logit;
  let lowest = logit;
  for (const weight of unreadWeights) {
    if (weight > 0) highest += weight;
    else lowest += weight;
  }
  if (highest < 0) return false;
  if (lowest >= 0) return true;
  return null;
}
