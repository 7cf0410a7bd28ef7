/**
 * What a name found by capitals (core/matching/entities.ts) is, as the comparison view
 * says it, or that it is no name at all. Capitals alone call "Western", "GDP" and
 * "Government" names: an adjective of origin, the acronym of a measure or a condition,
 * and a common word written with a capital are not what a reader calls a person, a place
 * or an organisation, so they are left out. Where the kind is a guess the view says
 * "name", not a kind it cannot back.
 *
 * Data: three small word sets, lower case; looked up once per candidate fact.
 */
import { ORG_WORDS } from '../matching/lexicon';
import type { FactKind } from './compare-accounts';

/** Adjectives and plural nouns of origin: "a Western alliance", "Israeli forces", "Democrats". */
const ORIGIN_WORDS = new Set(
  (
    'western eastern northern southern westerner westerners ' +
    'american americans african africans asian asians european europeans arab arabs latin latino latina latinos hispanic ' +
    'afghan afghans albanian algerian argentine argentinian armenian australian austrian azerbaijani bangladeshi belarusian ' +
    'belgian bolivian bosnian brazilian british briton britons bulgarian burmese cambodian canadian chilean chinese colombian ' +
    'congolese croatian cuban cypriot czech danish dutch egyptian emirati english eritrean estonian ethiopian filipino finnish ' +
    'french georgian german germans ghanaian greek guatemalan haitian honduran hungarian icelandic indian indians indonesian ' +
    'iranian iranians iraqi iraqis irish israeli israelis italian ivorian jamaican japanese jordanian kazakh kenyan korean ' +
    'koreans kosovar kurdish kurds kuwaiti kyrgyz lao latvian lebanese libyan lithuanian malaysian malian maltese mexican ' +
    'mexicans moldovan mongolian montenegrin moroccan mozambican namibian nepali nicaraguan nigerian nigerien ' +
    'norwegian pakistani pakistanis palestinian palestinians panamanian paraguayan persian peruvian polish portuguese qatari ' +
    'romanian russian russians rwandan saudi saudis scottish senegalese serbian singaporean slovak slovenian somali ' +
    'spanish sudanese swedish swiss syrian syrians taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ' +
    'ukrainian ukrainians uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean ' +
    'soviet sunni shiite shia muslim muslims christian christians jewish jews catholic catholics hindu buddhist ' +
    'republican republicans democrat democrats democratic conservative conservatives liberal liberals progressive progressives'
  ).split(' '),
);

/** Acronyms of measures, conditions and things, not of bodies: "GDP fell", "COVID cases". */
const THING_ACRONYMS = new Set(
  (
    'gdp gnp cpi ppi pmi vat ipo ceo cfo coo cto ai ev evs icu pcr dna rna hiv aids covid sars mers ppe nft nfts etf etfs esg ' +
    'lgbt lgbtq lgbtqia crt dei km kg mph bps utc gmt est edt pst pdt bst cet tv dvd ok am pm ad bc id ids atm ' +
    'suv suvs ufo ufos wmd adhd ptsd mri iq ceos q1 q2 q3 q4 yoy et pt ct mt kb mb gb tb'
  ).split(' '),
);

/** Common words a headline or an officialese sentence capitalises: never a name on their own. */
const COMMON_CAPITALISED = new Set(
  (
    'government administration review state states federal national internet web earth moon sun president ' +
    'congressional constitution constitutional amendment act bill law court chamber committee agency department ministry ' +
    'city county district province region capital north south east west breaking update exclusive opinion analysis ' +
    'covid-19 coronavirus pandemic'
  ).split(' '),
);

/** Acronyms that are places: a one-word acronym is otherwise taken for an organisation. */
const PLACE_ACRONYMS = new Set(['us', 'u.s', 'u.s.', 'usa', 'uk', 'u.k', 'u.k.', 'uae', 'drc', 'nyc', 'la', 'dc', 'd.c', 'd.c.', 'prc', 'ussr']);

/** Bodies that are proper names on their own in the news ("Congress passed"); other single body words ("Police", "Council") are common nouns. */
const BODIES_BY_NAME = new Set(['congress', 'senate', 'parliament', 'pentagon', 'kremlin']);

/** "Turkmens", "Israelis": the plural of an adjective of origin, a group of people. */
function isOrigin(word: string): boolean {
  return ORIGIN_WORDS.has(word) || (word.endsWith('s') && ORIGIN_WORDS.has(word.slice(0, -1)));
}

const KINDS: Record<string, FactKind> = { p: 'person', l: 'place', o: 'organisation', e: 'name' };

function normalised(display: string): string {
  return display
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
}

/**
 * The kind to show for a name with the fingerprint's kind letter (p, l, o, e), or null
 * when it is not a name a reader would list. Multi-word names are kept ("Western Union",
 * "Democratic Party" are names) unless they name a group by origin; single words are
 * checked against the sets above, and a lone word for a body ("Police") is a common noun.
 */
export function factKind(display: string, letter: string): FactKind | null {
  const kind = KINDS[letter];
  if (!kind) return null;
  const words = display.trim().split(/\s+/).map(normalised);
  // "Asian Americans", "Pacific Islanders": a group named by origin, not a name to list.
  if (words.length > 1) return isOrigin(words[words.length - 1]!) || words[words.length - 1] === 'islanders' ? null : kind;
  const word = words[0]!;
  if (isOrigin(word) || THING_ACRONYMS.has(word) || COMMON_CAPITALISED.has(word)) return null;
  if (ORG_WORDS.has(word) && !BODIES_BY_NAME.has(word)) return null;
  const acronym = display.replace(/\./g, '').length <= 5 && /^[A-Z.]+$/.test(display.replace(/[’']s$/, ''));
  if (acronym && PLACE_ACRONYMS.has(word.replace(/\.$/, ''))) return 'place';
  return kind;
}
