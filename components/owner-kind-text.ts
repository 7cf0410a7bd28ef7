import type { OwnerKind, OwnerKindReason } from '../core/outlet/owner-kind';
import { message } from '../platform/i18n';
import { starterText } from './starter/starter-text';

/** The words for an outlet's kind of owner and the facts it rests on; the words themselves are `browser.i18n` messages. */
export const ownerKindText = {
  term: message('popup_fact_owner_kind'),
  why: message('popup_owner_why'),
  none: message('popup_owner_reason_none'),
  names: {
    public: message('owner_kind_public'),
    'state-controlled': message('owner_kind_state_controlled'),
    private: message('owner_kind_private'),
    independent: message('owner_kind_independent'),
    unknown: message('owner_kind_unknown'),
  } satisfies Record<OwnerKind, string>,
  coverage: (list: string) => message('popup_coverage_owner_kinds', list),
  missing: (list: string) => message('popup_coverage_missing_owner_kinds', list),
  field: message('popup_note_owner_kind'),
  fieldNone: message('popup_note_owner_kind_none'),
};

/** One fact a kind of owner rests on, as a sentence, with the address of its source where it has one. */
export function reasonText(reason: OwnerKindReason): { text: string; href: string | null } {
  switch (reason.source) {
    case 'reader':
      return { text: message('popup_owner_reason_reader'), href: null };
    case 'starter-set':
      return {
        text: message('popup_owner_reason_starter', reason.outlet, starterText.kinds[reason.starterKind], starterText.sources[reason.cited.name]),
        href: reason.cited.url,
      };
    case 'wikidata-kind':
      return { text: message('popup_owner_reason_kind', reason.fact.label, reason.fact.id), href: `https://www.wikidata.org/wiki/${reason.item}` };
    case 'wikidata-owner': {
      const text =
        reason.form === 'government'
          ? message('popup_owner_reason_government', reason.fact.label, reason.fact.id)
          : reason.form === 'company'
            ? message('popup_owner_reason_company', reason.fact.label, reason.fact.id)
            : message('popup_owner_reason_non_profit', reason.fact.label, reason.fact.id);
      return { text, href: `https://www.wikidata.org/wiki/${reason.item}` };
    }
  }
}
