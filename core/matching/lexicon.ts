/**
 * Word lists the fingerprint needs, built once as Sets at module scope (STYLE.md 8).
 * Kept short on purpose: inverse document frequency does the heavy lifting in a real
 * library; these lists only cover what idf cannot, namely a library too small to have
 * statistics yet, and capitalised words that are not names.
 */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Function words and news boilerplate verbs: never evidence that two reports share an event. */
export const STOPWORDS = words(`
a about above after again against ago all almost also although always am among an and another any
anyone anything are around as at away back be became because become been before being below between
both but by can cannot could did do does doing done down during each either else even ever every
few for from further get gets getting go going gone got had has have having he her here hers herself
him himself his how however i if in including into is it its itself just last least less like made
make many may me meanwhile might more most much must my myself near nearly never new next no nor not
now of off often on once one only or other others our ours ourselves out over own per perhaps rather
said same say saying says see seen she should since so some someone something still such than that
the their theirs them themselves then there these they this those though through thus to told too
toward towards under until up upon us very via was we well were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself
mr mrs ms according added adds asked called told tell tells reported reports report reporter
news today yesterday tomorrow week weeks year years month months day days time times people percent
read more click here subscribe newsletter sign share comments comment advertisement updated published
`);

/**
 * Honorifics and roles that stand before names ("Russian President Vladimir Putin",
 * "Foreign Minister Lavrov"). They split a capitalised run and are never the entity
 * themselves, so "President" does not link every article about any president.
 */
export const TITLE_WORDS = words(`
president presidents vice prime minister ministers chancellor premier mayor governor gov senator sen
representative rep congressman congresswoman secretary chairman chairwoman chair chief ceo director
leader king queen prince princess pope sir dame lord lady mr mrs ms miss dr prof professor gen general
col colonel lt capt captain sgt sergeant adm admiral judge justice ambassador commissioner spokesman
spokeswoman spokesperson deputy foreign defence defense interior finance sheriff detective inspector
officer actress actor singer star coach counterpart former acting
`);

/** Lower-case words allowed inside a name: "Bank of England", "Ursula von der Leyen". */
export const NAME_CONNECTORS = words('of de del della la le van von der den da du bin ibn al el');

/** Calendar and clock words are capitalised but are not entities; they stay as ordinary words. */
export const CALENDAR_WORDS = words(`
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
am pm gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist jst aest
`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = words(`
mr mrs ms dr st sr jr gen sen rep gov lt col capt sgt adm prof rev gov inc corp co ltd no vs
jan feb mar apr jun jul aug sep sept oct nov dec calif fla mass ariz
`);

/**
 * Words that end an organisation's name. A run ending in one is an organisation, which
 * lets the popup say "shared organisations" instead of a bare list of names.
 */
export const ORG_WORDS = words(`
organization organisation association party council ministry inc corp corporation company group
university college school academy center centre agency court commission union bank police department
committee institute foundation federation league army navy force forces guard parliament congress
senate assembly government administration office bureau service services network club team fund
hospital church times post news
`);

/** Words that, right before a capitalised run, say it is a place ("in Astana", "near Rome"). */
export const PLACE_PREPOSITIONS = words('in at near from to across outside inside into toward towards');

/** Verbs that, right after a run, say it is a person ("Putin said"). */
export const SPEECH_VERBS = words('said says told added argued claimed stated insisted warned wrote explained noted');

/** Lower-case words that carry content: hyphenated words and contractions split ("full-scale" → full, scale), no stop words, no fragments, no digits. */
export function contentParts(norm: string): string[] {
  return norm.split(/['’-]/).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/\d/.test(w));
}
