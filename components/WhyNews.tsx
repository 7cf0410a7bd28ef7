import type { NewsVerdict } from '../core/article';

export interface Props {
  verdict: NewsVerdict;
}

export function WhyNews({ verdict }: Props) {
  return (
    <details class="px-why">
      <summary>Why is this {verdict.isNews ? '' : 'not '}treated as news?</summary>
      <p>Confidence {Math.round(verdict.score * 100)}%</p>
      <ul>
        {verdict.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
