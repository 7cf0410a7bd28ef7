import { plainField } from './plain-field';
import { sameName, squash as squashName } from './site-name';

/**
 * Bylines as readers understand them: a list of the people who wrote the piece. Pages
 * give "By Jane Doe, MA WebMD Health News", "Martin Untersinger (avec Damien Leloup et
 * Morgane Tual)", "BY TMZ STAFF", "Our Foreign Staff" or just "AFP"; the first two hold
 * names, the rest are desks and agencies that no reader counts as an author.
 */

// Latin-script lead words need a space after them ("de" must not eat "Devindra"); CJK ones are written unspaced.
const LEAD =
  /^\s*(?:(?:(?:written|words|text|reporting|posted|published)\s+by|by|von|par|por|di|door|de|av|af|autor(?:in)?|author|auteur|texto|text|автор|από)\s*[:：]?\s+|(?:作者|文|(?:本报)?记者|記者)\s*[:：]?\s*)/iu;
/** "홍길동 기자", "山田太郎記者", "陈思远 ·": a role word after the name, or a separator left by a date cut off. */
const CJK_ROLE_TAIL = /\s*(?:기자|특파원|記者|记者|特派員|特派员|撰稿)$|[\s·•|,;:–—-]+$/u;
// "Jon Greenberg on Saturday, March 25th": the linking word goes with the date.
// "John Prados May/June 2003": a magazine's issue.
const DATE_TAIL = /\s*\b(?:(?:on|at|am|le|el)\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? ?[\d/]|(mon|tues|wednes|thurs|fri|satur|sun)day\b|(last )?(updated|published|posted)\b).*$/i;
/** Handles and profile links printed inside bylines: "Erin Cunningham Follow @erinmcunningham". */
const NOISE = /@[\w.]+|\b(follow|email|e-mail|twitter|facebook|instagram|linkedin|feed|rss)\b/gi;
/** "Ben Silverman Games Editor": a role printed after the name without a comma. */
const TRAILING_ROLE = /\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:Editor|Correspondent|Reporter|Writer|Columnist|Contributor|Critic|Producer|Analyst|Staff Writer|staff(?: writer)?)s?$/u;
/** "Features / 1 day ago / by Luke Morton": the byline after a section and a date on one line. */
const INNER_LEAD = /^(?:[^/|·•–—]{0,60}[/|·•–—]\s*){1,4}(?:written\s+|posted\s+|words\s+)?(?:by|von|par|por|di|door|av|af|автор)\s*[:：]?\s+(?=\p{L})/iu;
/** "16th Jan 2008, 09:28am by Damien McFerran", "posted August 9th, 2012 1:00 PM EDT by Jared Nelson": a date, then the byline. */
const DATED_LEAD = /^(?:posted|published|veröffentlicht|publié)?[^]{0,50}?\d[^]{0,30}?\s(?:by|von|par|por|di|door|av|af)\s+(?=\p{Lu})/iu;
/** What follows a name in a byline line: "? More by this author" (a bullet the page's encoding lost), "» Contact", "in News, Upcoming Games". */
const AFTER_NAME = /\s+(?:[?•»›]\s.*|more (?:by|from) this author.*|in\s+\p{Lu}[\p{L}\s,&]*)$/u;
/** One-word names a page's own author field may hold ("Pramath"), but never these. */
const NOT_A_LONE_NAME =
  /^(admin|administrator|staff|editor|editors|author|guest|anonymous|unknown|user|team|newsroom|desk|webmaster|redaktion|rédaction|redacción|redazione|redactie|correspondent|reporter|contributor|by|news|online|editorial)$/i;
/** Name particles that stay lower-case inside a name. */
const PARTICLE = /^(de|da|das|do|dos|del|della|di|du|la|le|van|von|der|den|ter|ten|bin|ibn|al|el|y|e|zu|af)$/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const ROLE = /\s*[,|–—-]\s*(staff|senior|chief|political|foreign|special|[a-z]+ (correspondent|editor|reporter|writer)|correspondent|reporter|editor|writer|contributor)\b.*$/i;
/** Words that name a role, never a person: a part made only of these is dropped. */
const ROLE_WORDS = /^(?:[\p{L}-]+\s+){0,2}(?:correspondent|editor|reporter|writer|columnist|contributor|critic|producer|analyst|journalist|photographer|intern|fellow|editor-at-large|bureau chief)s?$/iu;
const DEGREE = /^(?:m\.?a|m\.?d|ph\.?d|m\.?s|m\.?sc|b\.?sc|b\.?a|m\.?p\.?h|r\.?n|d\.?o|mba|facp|jd|llm|dr)\.?$/i;
// "Bloomberg View", "ET Bureau", "Tribune Content Service": syndicators and desks printed after a writer's name.
const ORGANISATION_WORD = /\b(news|times|post|daily|media|press|magazine|journal|tribune|herald|group|inc|network|radio|tv|online|today|weekly|review|report|view|service|bureau|agency|syndicate)\b/i;
/** Wire agencies credited alone: a source line, not a person's byline. */
const AGENCY = /^(?:afp|ap|the associated press|associated press|reuters|dpa|efe|ansa|apa|kyodo|xinhua|tass|upi|pa|press association|anp|belga|sda|ats|čtk|ctk|pap|yonhap|aap|pti|ians|agence france-presse|europa press|agencia efe|ria novosti|interfax|jiji)$/i;
/** A desk rather than a person: "TMZ Staff", "Our Foreign Staff", "The Editors", "Editorial Board". */
const DESK = /^(?:(our|the)\s+)?(.*?)\s*\b(staff|desk|team|newsroom|editors|editorial board|editorial staff|redaktion|rédaction|redacción|redazione|redactie)$/i;
// One-letter conjunctions ("y", "e", "i", "и") are never an initial with its full stop: "JANE E. BRODY" is one name.
const CONJUNCTION = /\s*(?:,|;|、|\band\b|&|\bet\b|\by\b(?!\.)|\be\b(?!\.)|\bund\b|\bi\b(?!\.)|\bи\b(?!\.)|\bwith\b|\bavec\b|\bcon\b|\bcom\b|\bmit\b|\bmet\b)\s*/iu;
/** "Justin Zaremba/Valley.com": the site's address after a slash, and whatever follows it on the line. */
const SLASHED_SITE = /\s*\/\s*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|co|uk|ca|au|in|nz|ie|za)\b.*$/iu;
/** A role word ending a byline line: "… Associated Press Writer", "… AP Golf Writer". */
const ROLE_END = /\s+(?:Writer|Correspondent|Reporter|Editor|Columnist|Photographer)s?$/u;
const WITH = /^(?:with|avec|con|com|mit|met|and|et|y|e|und|&)\s+/i;
/** "Foto: Anna Berg / dpa", "Photo: …", "Image: …": a picture's credit, printed where bylines are, names no writer. */
const PICTURE_CREDIT =
  /^\s*(?:\(?(?:fotos?|photos?|photograph(?:s|y|er)?|pictures?|pics?|images?|bilder?|illustrations?|grafik|graphics?|video|kuva|zdj[eę]cie|фото|φωτο|写真|图片|사진|credits?)\)?\s*(?:[:：/|©]|by\b)|©)/iu;
const INITIALS = /^\((?:\p{Lu}\.?\s?){1,4}\)$/u;

/** "By Jane Doe, Political Correspondent" → "Jane Doe": one name out of a byline fragment. */
export function cleanByline(raw: string): string | null {
  let name = raw
    .replace(/\s+/g, ' ')
    .replace(LEAD, '')
    // "Brenda Goodman | MA WebMD Health News": the name comes first, the rest is roles and desks.
    .replace(/\s+\|.*$/, '')
    // A date glued on by the page's layout: "Lucas Nolan22 Dec 2016", "GILLIAN MOHNEY March 11, 2015".
    .replace(DATE_TAIL, '')
    .replace(/\d.*$/, '')
    .replace(ROLE, '')
    .replace(CJK_ROLE_TAIL, '')
    // The sentence's full stop after a surname ("by Damien McFerran."), not an initial's ("Jr.", "J.").
    .replace(/(\p{Ll}{2})\.$/u, '$1')
    .trim();
  if (!name || name.length > 100 || /^(last )?(updated|published|posted)\b/i.test(name)) return null;
  // Some outlets print bylines in capitals; names are not shouted.
  // …and a few print them in lower case ("by binaj guruacharya"), a style rather than a spelling.
  if ((name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)) || (name === name.toLowerCase() && /^\p{Ll}+\s\p{Ll}/u.test(name))) {
    name = name.toLowerCase().replace(/(^|[\s'’(.-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
  }
  return name;
}

/**
 * Every person named in a byline, in order: "By A, B and C", "A (avec B et C)",
 * "A, MA", "A WebMD Health News". Roles, degrees, agencies and the outlet's own desks go.
 */
export function bylineNames(raw: string, siteName: string | null, options: BylineOptions = {}): string[] {
  // Control characters too go like spaces: a byline with a NUL in it named "Jane\u0000 Doe" (tests/fuzz).
  let text = (plainField(raw, Infinity) ?? '').replace(LEAD, '').replace(INNER_LEAD, '').replace(DATED_LEAD, '').replace(AFTER_NAME, '');
  if (PICTURE_CREDIT.test(text)) return [];
  if (!text || sameName(text, siteName) || isDesk(text, siteName)) return [];
  // "Richard (R.J.) Eskow" signs with his initials; "(avec Damien Leloup et Morgane Tual)" adds
  // names; "Bruno (Henrique Zecchin) Rodrigues" carries middle names the author does not use.
  text = text.replace(/\s*\(([^)]{1,80})\)/g, (whole: string, inner: string) => {
    const words = inner.trim();
    if (INITIALS.test(`(${words})`)) return whole;
    return WITH.test(words) ? `, ${words.replace(WITH, '')}` : '';
  });
  text = text.replace(/\s*\|.*$/, '').replace(DATE_TAIL, '').replace(SLASHED_SITE, '').replace(NOISE, ' ');
  const names: string[] = [];
  for (const part of text.split(CONJUNCTION)) {
    let piece = part.replace(/\s+/g, ' ').trim().replace(LEAD, '');
    if (!piece || DEGREE.test(piece) || ROLE_WORDS.test(piece) || AGENCY.test(piece) || isDesk(piece, siteName)) continue;
    // "Kelli Miller WebMD Health News": the outlet's own name ends the person's.
    const site = siteName ? piece.toLowerCase().indexOf(siteName.toLowerCase()) : -1;
    if (site > 0) piece = piece.slice(0, site);
    // "Jewish Business News Correspondent": a credit to the outlet itself.
    if (site === 0) continue;
    piece = withoutOrganisationRole(piece);
    const name = cleanByline(piece.replace(TRAILING_ROLE, ''));
    if (!name || !(nameShaped(name) || (options.lone && loneName(name))) || sameName(name, siteName) || DEGREE.test(name) || ROLE_WORDS.test(name)) continue;
    // A fragment that names an organisation ("MA WebMD Health News") is a desk line, not a person.
    if (ORGANISATION_WORD.test(name) && !looksLikePerson(name)) continue;
    if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.slice(0, 10);
}

/**
 * "JEFFREY McMURRAY Associated Press Writer" → "JEFFREY McMURRAY": the agency's or paper's
 * role after the name, without a comma. The widest run of up to three words before the role
 * that names an organisation goes ("Associated Press", "AP Golf"), as long as two words of
 * name stay; words that name none stay ("Ben Silverman Games Editor" keeps its surname).
 */
function withoutOrganisationRole(piece: string): string {
  const role = ROLE_END.exec(piece);
  if (!role) return piece;
  const words = piece.slice(0, role.index).trim().split(/\s+/);
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const tail = words.slice(words.length - k);
    if (!tail.every((w) => /^\p{Lu}/u.test(w))) continue;
    if (AGENCY.test(tail.join(' ')) || tail.some((w) => AGENCY.test(w)) || ORGANISATION_WORD.test(tail.join(' '))) return words.slice(0, words.length - k).join(' ');
  }
  return piece;
}

export interface BylineOptions {
  /**
   * The text comes from a field that holds only the author (a meta tag, JSON-LD,
   * `rel=author`, microdata): a one-word name there ("Pramath") is a name.
   * @default false
   */
  lone?: boolean;
}

function loneName(name: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]{2,30}$/u.test(name) && !NOT_A_LONE_NAME.test(name) && !ORGANISATION_WORD.test(name);
}

/**
 * Two to five words, each capitalised, an initial or a particle ("Ludwig van Beethoven",
 * "Richard (R.J.) Eskow"); names in Chinese, Japanese or Korean script are written unspaced.
 * A bio sentence ("… is the author of …") or a lone word ("By", "Feed") is no name.
 */
function nameShaped(name: string): boolean {
  if (CJK.test(name)) return name.length >= 2 && name.length <= 16;
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[(\p{Lu}]/u.test(w) || PARTICLE.test(w));
}

/** "TMZ Staff" on TMZ, "Our Foreign Staff", "The Editors": the outlet's own desk. "Reuters Staff" elsewhere stays. */
function isDesk(text: string, siteName: string | null): boolean {
  const m = DESK.exec(text.trim());
  if (!m) return false;
  const owner = m[2]!.trim().replace(/\s+of\s+.*$/i, '');
  // "Ars Staff" on Ars Technica: the outlet's short name.
  const ownShortName = !!siteName && owner.length >= 2 && squashName(siteName).startsWith(squashName(owner));
  return m[1] !== undefined || owner === '' || sameName(owner, siteName) || ownShortName || /^(foreign|political|news|web|digital|online|sports?|business|city|metro|editorial|the editorial)$/i.test(owner);
}

/** "Haki Benita", not "BBC News": two to four capitalised words and no newsroom word. */
export function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w)) && !ORGANISATION_WORD.test(name);
}
