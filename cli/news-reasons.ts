import { reasonSign, type NewsReason } from '../core/detection/news-signals';
import { englishMessage } from './english-message';

/**
 * The detector's reasons in the words the popup shows them in, from the same English
 * catalogue: "+ its address carries a date". The CLI's `reasons` are these lines.
 */
export function newsReasonLines(reasons: readonly NewsReason[]): string[] {
  return reasons.map((reason) => reasonSign(reason) + englishMessage(`news_reason_${reason.id.replaceAll('-', '_')}`, reason.evidence ?? ''));
}
