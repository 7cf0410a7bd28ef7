import { isoToMillis } from '../../core/text/iso-date';
import { parseDateText, readDateValue, type TextDate } from './date-text';
import { isAfter, isElsewhere, shortText } from './page-regions';

/**
 * The publication date a reader sees, for pages whose markup states none or states it
 * badly: the date beside the headline and byline ("posted on April 21, 2015"), a lead
 * paragraph's dateline ("Feb. 23, 2015 -- "), a date in the <title> ("… - 07.12.2017 -
 * Outlet") and, last, the date in the address ("/2015/03/18/"). "Updated …" dates and
 * relative ones ("3 hours ago") are not publication dates.
 */

const DATE_FIELDS =
  'time, [itemprop~="datePublished"], [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], ' +
  '[class*="byline" i], [class*="author" i], [class*="meta" i], [id*="date" i], [id*="time" i], ' +
  // The same field named in the page's own language: fecha, data, datum, päivä, tarih.
  '[class*="fecha" i], [class*="data" i], [class*="datum" i], [class*="tarih" i], [class*="paiva" i]';
/** Elements read after the headline for a short line that is only a date, when no field is marked. */
const NEAR_HEADLINE = 12;
const DATE_LINE_CHARS = 80;
/** Elements walked after the headline, containers included, looking for those lines. */
const MAX_WALKED = 200;
const UPDATED = /\b(updated|modified|aktualisiert|mis à jour|actualizado)\b/i;
/** How many date-like fields after the headline are read before giving up. */
const MAX_FIELDS = 40;
/** Date-like fields read in all, before and after the headline (a huge page has thousands). */
const MAX_SCANNED = 400;
const DAY_MS = 86_400_000;

export interface VisibleDate extends TextDate {
  /** The machine-readable datetime of the same <time> element, when it had one. */
  machine: string | null;
}

/**
 * The first publication date shown after the headline (or, failing that, the nearest before
 * it). `runs`: also read bare runs of text under the headline (the article's reader does;
 * the news detector keeps to marked fields and lines).
 */
export function visibleDate(doc: Document, headline: Element | null, dayFirst: boolean, runs = false): VisibleDate | null {
  let before: VisibleDate | null = null;
  let read = 0;
  for (const el of Array.from(doc.querySelectorAll(DATE_FIELDS)).slice(0, MAX_SCANNED)) {
    const after = isAfter(headline, el);
    if (after && ++read > MAX_FIELDS) break;
    const text = shortText(el, 200);
    const machine = el.hasAttribute('datetime') ? readDateValue(el.getAttribute('datetime')) : null;
    if ((!text && !machine) || isElsewhere(el)) continue;
    const date = text ? parseDateText(text, { dayFirst }) : null;
    if (!date && !machine) continue;
    const found: VisibleDate = date ? { ...date, machine } : { iso: machine!, hasTime: true, start: 0, end: 0, machine };
    if (after) return found;
    // Before the headline only the nearest counts: a masthead's "today" comes much earlier.
    if (!el.closest('header, [role="banner"]') || el.closest('article')) before = found;
  }
  return before ?? dateLineAfter(headline, dayFirst) ?? (runs ? dateRunAfter(headline, dayFirst) : null);
}

/**
 * "Publié le 12 mars 2025 à 10h15", "2025年3月12日 10:15" in a plain <p> or <div> just under
 * the headline, marked by nothing: a short line that holds a date, among the next few
 * elements, not inside a teaser list or a sidebar.
 */
function dateLineAfter(headline: Element | null, dayFirst: boolean): VisibleDate | null {
  let el: Element | null = headline;
  for (let seen = 0; el && seen < NEAR_HEADLINE; seen++) {
    el = nextInOrder(el);
    if (!el || el.tagName === 'H1' || el.tagName === 'H2') return null;
    const text = shortText(el, DATE_LINE_CHARS);
    if (!text || isElsewhere(el) || /\b(updated|modified|aktualisiert|mis à jour|actualizado)\b/i.test(text)) continue;
    const date = parseDateText(text, { dayFirst });
    if (date) return { ...date, machine: null };
  }
  return null;
}

/** The next element in document order that is not inside `el`: a sibling, else an ancestor's sibling. */
function nextInOrder(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.nextElementSibling) return node.nextElementSibling;
  return null;
}

/**
 * For the reader of an article, when no line under the headline holds a date: runs of text
 * rather than elements, into the story's container too. An old page's date is often a
 * text node of its own beside the story ("Press Trust of India<br>Monday, January 14, 2008
 * (Mumbai):"), or the first <p> of its story <div> ("Posted Jan. 5, 2008<br>3:47 PM").
 * Link text (menus) is not counted as a line.
 */
function dateRunAfter(headline: Element | null, dayFirst: boolean): VisibleDate | null {
  if (!headline) return null;
  let node: Node | null = headline;
  let skip = true;
  for (let lines = 0, walked = 0; lines < NEAR_HEADLINE && walked < MAX_WALKED; walked++) {
    node = nextNode(node, skip);
    if (!node) return null;
    skip = node.nodeType === 1 && SKIPPED.test(node.nodeName);
    if (node.nodeType === 1 && (node.nodeName === 'H1' || node.nodeName === 'H2')) return null;
    if (node.nodeType !== 3) continue;
    const own = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!own || parent?.closest('a')) continue;
    lines++;
    if (!parent || isElsewhere(parent)) continue;
    // The run with its neighbours when its element is one short line ("<span>Jan.</span> 5, 2008"),
    // unless <br>s split that element into lines ("Posted Jan. 5, 2008<br>3:47 PM" is no year 20083).
    const text = (parent.querySelector('br') ? null : shortText(parent, DATE_LINE_CHARS)) ?? (own.length <= DATE_LINE_CHARS && standsAlone(node) ? own : null);
    if (!text) continue;
    const date = parseDateText(text, { dayFirst });
    // "on October 31, 2012 at 5:00 PM, updated …": a day printed before the update is the first one.
    const update = UPDATED.exec(text);
    if (date && (!update || date.end <= update.index)) return { ...date, machine: null };
  }
  return null;
}

const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|IFRAME|TEMPLATE|SELECT)$/;
const LINE_EDGE = /^(BR|HR|P|DIV|TABLE|UL|OL|LI|H[1-6]|IMG|SCRIPT|CENTER|BLOCKQUOTE)$/;

/** A run of text on a line of its own: breaks or blocks, not words of a sentence, on both sides. */
function standsAlone(node: Node): boolean {
  return edge(node.previousSibling, 'previousSibling') && edge(node.nextSibling, 'nextSibling');
}

function edge(from: Node | null, step: 'previousSibling' | 'nextSibling'): boolean {
  let node = from;
  // Comments and blank runs are no words ("<br> Tuesday January 8, 2008 <!-- Date and Byline -->").
  while (node && (node.nodeType === 8 || (node.nodeType === 3 && !(node.nodeValue ?? '').trim()))) node = node[step];
  return !node || (node.nodeType === 1 && LINE_EDGE.test(node.nodeName));
}

/** The next node in document order; past `node`'s children when `skipChildren`. */
function nextNode(node: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** "Feb. 23, 2015 -- Life-threatening…": a dated dateline opening one of the first paragraphs. */
export function leadDateline(content: Element | null, dayFirst: boolean): string | null {
  if (!content) return null;
  for (const p of Array.from(content.getElementsByTagName('p')).slice(0, 3)) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const date = parseDateText(text, { dayFirst });
    if (date && date.start === 0 && /^\s*(--|[—–:-])\s/.test(text.slice(date.end))) return date.iso;
  }
  return null;
}

const WEEKDAY = /^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$/i;

/** "Una solución … - 07.12.2017 - LA NACION": a <title> part that is nothing but a date. */
export function titleDate(title: string | null, dayFirst: boolean): string | null {
  for (const part of title?.split(/\s+[|–—•·»-]\s+/) ?? []) {
    const text = part.trim();
    const date = parseDateText(text, { dayFirst });
    // "Wednesday, February 06, 2002 - Headline - Outlet": a weekday may open the date.
    if (date && (date.start === 0 || WEEKDAY.test(text.slice(0, date.start))) && date.end >= text.length - 1) return date.iso;
  }
  return null;
}

/** "/2015/03/18/", "/2015-03-18-", "/a/20161014/", "?a=20170309-…": news addresses carry their day. */
export function addressDate(pageUrl: string | null, now: number): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl ?? '');
  } catch {
    return null;
  }
  const where = url.pathname + url.search;
  const m =
    /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._-]|$)/.exec(where) ??
    /(?:^|[/=_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/._&-])/.exec(where) ??
    // "/200801140647/", "/story/20071229085406tsop.nb/": a CMS's timestamp to the minute or second.
    /(?:^|[/=_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?!\d)/.exec(where);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) && ms <= now + DAY_MS && new Date(ms).getUTCDate() === +m[3]! ? iso : null;
}

/**
 * A structured timestamp in UTC and the day printed beside the headline, one calendar day
 * apart: the same moment, and the printed day is the page's own. Returns the instant at
 * the page's offset when the printed text has a time, else the printed day; null when the
 * two are different moments.
 */
export function localiseToPrintedDay(structured: string, printed: VisibleDate): string | null {
  if (!/(Z|[+-]00:?00)$/.test(structured)) return null;
  const instant = isoToMillis(structured);
  const day = printed.iso.slice(0, 10);
  if (instant === null || day === structured.slice(0, 10)) return null;
  const dayStart = Date.parse(`${day}T00:00:00Z`);
  // Offsets run from -12 to +14 hours.
  if (instant < dayStart - 14 * 3_600_000 || instant >= dayStart + DAY_MS + 12 * 3_600_000) return null;
  if (!printed.hasTime) return day;
  // A printed time with its zone is an instant of its own: the same one, or another moment.
  if (/(Z|[+-]\d{2}:\d{2})$/.test(printed.iso)) {
    const shown = isoToMillis(printed.iso) ?? 0;
    // Printed up to two days before the structured stamp: that stamp is the update, the printed one the first publication.
    return Math.abs(shown - instant) <= 3_600_000 || (shown < instant && instant - shown <= 2 * DAY_MS) ? printed.iso : null;
  }
  const wall = Date.parse(`${printed.iso.slice(0, 19)}Z`);
  const offsetMin = Math.round((wall - instant) / 900_000) * 15;
  if (!Number.isFinite(offsetMin) || Math.abs(offsetMin) > 14 * 60) return null;
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const local = new Date(instant + offsetMin * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
