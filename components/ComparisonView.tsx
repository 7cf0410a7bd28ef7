import type { ComponentChildren } from 'preact';
import { outletKey } from '../core/compare/outlet-name';
import type { MatchesResponse } from '../core/messages';
import { LibraryError, LibraryLoading } from './LibraryStates';
import { OutletBadge } from './OutletBadge';
import { PhraseGrid } from './PhraseGrid';
import { QuoteGrid } from './QuoteGrid';
import { UniqueFacts } from './UniqueFacts';

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
        Compare framing across accounts
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
        <p class="px-empty-title">Nothing to compare yet</p>
        <p>
          Open another outlet’s account of this story. Once it is in your library, this tab sets their framing, quotations
          and facts side by side.
        </p>
      </div>
    );
  }
  if (!comparison) {
    return (
      <div class="px-problem">
        <p class="px-problem-title">The accounts could not be compared</p>
        <p>Reload this page and open Parallax again. The list of other accounts still works.</p>
      </div>
    );
  }
  const columns = comparison.outlets.map((o, i) => slots.get(outletKey(o.name)) ?? i);
  if (comparison.outlets.length < 2) {
    return (
      <p class="px-empty">
        All these accounts come from {comparison.outlets[0]?.name}. Open another outlet’s coverage to compare framing.
      </p>
    );
  }
  return (
    <>
      <ul class="px-legend-outlets" aria-label="Outlets compared">
        {comparison.outlets.map((outlet, i) => (
          <li key={outlet.name}>
            <OutletBadge name={outlet.name} slot={columns[i]!} />
            {outlet.name}
            {outlet.current && <span class="px-this"> · this article</span>}
          </li>
        ))}
      </ul>
      <Block id="phrases" title="Framing phrases">
        <PhraseGrid comparison={comparison} slots={columns} />
        <p class="px-legend" aria-hidden="true">
          <span class="px-dot px-dot-own" /> own words <span class="px-dot px-dot-quoted" /> quoted{' '}
          <span class="px-dot px-dot-both" /> both <span class="px-solo-swatch" /> one outlet only
        </p>
      </Block>
      <Block id="quotes" title="Quotations">
        <QuoteGrid comparison={comparison} slots={columns} />
      </Block>
      <Block id="facts" title="Names and figures only one account has">
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
