import type { NewsVerdict } from '../core/protocol/article';
import { popupText } from './popup-text';
import { newsReasonText } from './why-news-text';

export interface Props {
  verdict: NewsVerdict;
}

export function WhyNews({ verdict }: Props) {
  return (
    <details class="px-why">
      <summary>{popupText.whyNews.summary(verdict.isNews)}</summary>
      <p>{popupText.whyNews.confidence(Math.round(verdict.score * 100))}</p>
      <ul>
        {verdict.reasons.map((reason, i) => (
          <li key={`${i}:${reason.id}`}>{newsReasonText(reason)}</li>
        ))}
      </ul>
    </details>
  );
}
