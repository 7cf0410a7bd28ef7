import type { Flag } from '../core/protocol/article';
import { categoryName } from './format';
import { popupText } from './popup-text';

export interface Props {
  flags: Flag[];
  /** Why the learned scorer could not be used, when it could not: the flags are the lexicon's alone. */
  modelProblem?: string | undefined;
}

export function FlagList({ flags, modelProblem }: Props) {
  const t = popupText.flags;
  const counts = new Map<string, number>();
  for (const flag of flags) counts.set(flag.category, (counts.get(flag.category) ?? 0) + 1);
  return (
    <section class="px-section" aria-labelledby="px-flags-heading">
      <h2 id="px-flags-heading" class="px-sr">
        {t.heading}
      </h2>
      {modelProblem && <p class="px-note" role="note">{t.lexiconOnly(modelProblem)}</p>}
      {flags.length === 0 ? (
        <p class="px-empty">{t.none}</p>
      ) : (
        <>
          <ul class="px-chips" aria-label={t.byCategory}>
            {[...counts].map(([category, count]) => (
              <li key={category} class={`px-chip px-cat-${category}`}>
                {categoryName(category)} <strong>{count}</strong>
              </li>
            ))}
          </ul>
          <ul class="px-flags">
            {flags.slice(0, 100).map((flag) => (
              <li key={`${flag.start}-${flag.end}`} class="px-flag">
                <span class={`px-phrase px-cat-${flag.category}`}>{flag.text}</span>{' '}
                <span class="px-flag-meta">
                  {categoryName(flag.category)} ·{' '}
                  {flag.voice === 'quote' ? t.quoted(flag.speaker) : t.outletVoice}
                </span>
                {flag.neutral.length > 0 && <span class="px-neutral">{t.neutral(flag.neutral)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
