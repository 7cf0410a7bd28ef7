import type { Comparison, Fact } from '../core/compare/compare-accounts';
import { OutletBadge } from './OutletBadge';
import { popupText } from './popup-text';

export interface Props {
  comparison: Comparison;
  slots: number[];
}

const t = popupText.facts;

/** Per outlet, the names and figures no other account mentions. */
export function UniqueFacts({ comparison, slots }: Props) {
  const outlets = comparison.outlets.map((outlet, i) => ({ outlet, slot: slots[i]!, facts: comparison.facts[i] ?? [] }));
  if (outlets.every((o) => o.facts.length === 0)) return <p class="px-empty">{t.none}</p>;
  return (
    <ul class="px-fact-outlets">
      {outlets
        .filter((o) => o.facts.length > 0)
        .map(({ outlet, slot, facts }) => (
          <li key={outlet.name} class="px-fact-outlet">
            <p class="px-fact-source" id={`px-facts-${slot}`}>
              <OutletBadge name={outlet.name} slot={slot} />
              {t.onlyIn(outlet.name)}
              {outlet.current && <span class="px-this"> {popupText.compare.thisArticleParen}</span>}
            </p>
            <ul class="px-facts" aria-labelledby={`px-facts-${slot}`}>
              {facts.map((fact) => (
                <li key={fact.text} class={`px-fact px-fact-${fact.kind}`}>
                  {fact.context ? <InContext fact={fact} context={fact.context} /> : <strong>{fact.text}</strong>}{' '}
                  <span class="px-fact-kind">{t.kinds[fact.kind]}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
    </ul>
  );
}

/** A figure inside the words around it, the figure in bold: "…rail freight by **2027**". */
function InContext({ fact, context }: { fact: Fact; context: string }) {
  const at = context.indexOf(fact.text);
  if (at < 0) return <strong>{fact.text}</strong>;
  return (
    <span class="px-fact-context">
      {context.slice(0, at)}
      <strong>{fact.text}</strong>
      {context.slice(at + fact.text.length)}
    </span>
  );
}
