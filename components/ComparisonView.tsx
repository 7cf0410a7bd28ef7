import type { ComponentChildren } from 'preact';
import { outletKey } from '../core/identity/outlet-name';
import type { MatchesResponse } from '../core/protocol/messages';
import { LibraryError, LibraryLoading } from './LibraryStates';
import { OutletBadge } from './OutletBadge';
import { PhraseGrid } from './PhraseGrid';
import { PieceKindTag } from './PieceKindTag';
import { popupText } from './popup-text';
import { QuoteGrid } from './QuoteGrid';
import { UniqueFacts } from './UniqueFacts';

const t = popupText.compare;

export interface Props {
  matches: MatchesResponse | null;
  /** Each outlet's colour (see outletSlots). */
  slots: Map<string, number>;
}

/** This article beside the other accounts: framing, quotations, facts only one reports. */
export function ComparisonView({ matches, slots }: Props) {
  return (
    <section aria-labelledby="px-compare-heading">
      <h2 id="px-compare-heading" class="px-sr">
        {t.heading}
      </h2>
      <ComparisonBody matches={matches} slots={slots} />
    </section>
  );
}

function ComparisonBody({ matches, slots }: Props) {
  if (!matches) return <LibraryLoading />;
  if (!matches.ok) return <LibraryError detail={matches.error} />;
  const { comparison } = matches;
  if (matches.matches.length === 0) {
    return (
      <div class="px-empty">
        <p class="px-empty-title">{t.emptyTitle}</p>
        <p>{t.emptyText}</p>
      </div>
    );
  }
  if (!comparison) {
    return (
      <div class="px-problem">
        <p class="px-problem-title">{t.failedTitle}</p>
        <p>{t.failedText}</p>
      </div>
    );
  }
  const columns = comparison.outlets.map((o, i) => slots.get(outletKey(o.name)) ?? i);
  if (comparison.outlets.length < 2) {
    return (
      <p class="px-empty">{t.oneOutlet(comparison.outlets[0]?.name ?? '')}</p>
    );
  }
  return (
    <>
      <ul class="px-legend-outlets" aria-label={t.outletsLabel}>
        {comparison.outlets.map((outlet, i) => (
          <li key={outlet.name}>
            <OutletBadge name={outlet.name} slot={columns[i]!} />
            {outlet.name}
            {outlet.current && <span class="px-this"> · {t.thisArticle}</span>}
            {outlet.pieceKinds.map((kind) => (
              <PieceKindTag key={kind} kind={kind} />
            ))}
          </li>
        ))}
      </ul>
      <Block id="phrases" title={t.phrases}>
        <PhraseGrid comparison={comparison} slots={columns} />
        <p class="px-legend" aria-hidden="true">
          <span class="px-dot px-dot-own" /> {t.legend.own} <span class="px-dot px-dot-quoted" /> {t.legend.quoted}{' '}
          <span class="px-dot px-dot-both" /> {t.legend.both} <span class="px-solo-swatch" /> {t.legend.solo}
        </p>
      </Block>
      <Block id="quotes" title={t.quotes}>
        <QuoteGrid comparison={comparison} slots={columns} />
      </Block>
      <Block id="facts" title={t.facts}>
        <UniqueFacts comparison={comparison} slots={columns} />
      </Block>
    </>
  );
}

function Block({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="px-block" aria-labelledby={`px-block-${id}`}>
      <h3 id={`px-block-${id}`}>{title}</h3>
      {children}
    </section>
  );
}
