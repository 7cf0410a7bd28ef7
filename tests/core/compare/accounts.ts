/**
 * Fictional accounts for the comparison tests (people, places and outlets invented): one
 * summit told by three outlets, each with its own framing, quotes and details.
 */
import type { CompareAccount } from '../../../core/compare/compare-accounts';
import { fingerprint } from '../../../core/matching/fingerprint';
import type { FlagSummary } from '../../../core/protocol/messages';

export function account(outlet: string, url: string, title: string, text: string, flags: FlagSummary[] = []): CompareAccount {
  return { url, outlet, title, text, flags, fingerprint: fingerprint({ id: url, title, text, outlet, url, date: null }) };
}

export const own = (entryId: string, text: string, category: FlagSummary['category'] = 'label'): FlagSummary => ({
  entryId,
  category,
  text,
  voice: 'outlet',
  speaker: null,
});

export const quoted = (entryId: string, text: string, speaker: string | null, category: FlagSummary['category'] = 'verdict'): FlagSummary => ({
  entryId,
  category,
  text,
  voice: 'quote',
  speaker,
});

export const LEDGER = account(
  'The Northern Ledger',
  'https://ledger.example/summit',
  'Hollen and Sorel tout anti-Western alliance at Kestrel summit',
  'President Arvid Hollen of Marovia and President Lin Sorel of Tessaly met in Kestrel on Wednesday. ' +
    '"Our partnership is going through the best period in its history," Hollen said, and slammed Western sanctions. ' +
    'General Omar Besik also attended. The two agreed to double cross-border rail freight by 2027.',
  [own('anti-western-alliance', 'anti-Western alliance'), own('slam', 'slammed', 'attribution')],
);

export const HARBOUR = account(
  'Harbour Independent',
  'https://harbour.example/news/summit',
  "Hollen says ties in 'best period in its history'",
  'Arvid Hollen and Lin Sorel met in Kestrel. Hollen said the partnership was "going through the best period in its history." ' +
    'Sorel said Tessaly "has always stood on the right side of history." Officials from the Coastal Union watched closely. ' +
    'The talks began on March 12. Critics slam the pact.',
  [quoted('right-side-of-history', 'right side of history', 'Sorel'), own('slam', 'slam', 'attribution'), own('slam', 'Slams', 'attribution')],
);

export const WIRE = account(
  'Eastgate Wire',
  'https://wire.example/a/1',
  'Hollen, Sorel meet in Kestrel',
  'KESTREL (Eastgate Wire) - Arvid Hollen met Lin Sorel on Wednesday. Hollen said the partnership was "going through the best period in its history". ' +
    'Sorel spoke of an "anti-Western alliance". "That alliance did not exist," a diplomat said. Eastgate Wire could not reach the Marovian foreign ministry.',
  [quoted('anti-western-alliance', 'anti-Western alliance', 'Sorel')],
);
