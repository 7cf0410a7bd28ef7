import { toIsoDate } from '../../core/text/iso-date';
import { MONTH, MONTH_ALT } from './month-names';

/**
 * Dates as people read them on a page ("posted on April 21, 2015, at 11:29 a.m.",
 * "Sunday, Feb 1, 2015 11:57 AM UTC", "13. März 2015", "2016年10月14日07:17", "07.12.2017")
 * → ISO 8601 keeping the wall clock the page shows: the *day* a reader sees must not
 * move because a zone was converted. With a named zone the offset is kept; without one
 * the result is a local time (no offset) or a bare day.
 *
 * Data: one month table for some thirty languages (`month-names.ts`), compiled once into
 * the alternations of the patterns below (month-name first, day first, year first,
 * numeric, CJK, Vietnamese). Relative dates ("3 hours ago", "vor 3 Stunden", "3時間前")
 * are no dates and give null.
 */

/** Zone abbreviations news pages print. "ET"/"PT" are taken as standard time: the day is what matters. */
const ZONES: Record<string, string> = {
  utc: 'Z', gmt: 'Z', z: 'Z', wet: '+00:00', bst: '+01:00', west: '+01:00', cet: '+01:00', cest: '+02:00',
  eet: '+02:00', eest: '+03:00', msk: '+03:00', ist: '+05:30', jst: '+09:00', kst: '+09:00', hkt: '+08:00',
  sgt: '+08:00', awst: '+08:00', acst: '+09:30', aest: '+10:00', aedt: '+11:00', nzst: '+12:00', nzdt: '+13:00',
  est: '-05:00', edt: '-04:00', et: '-05:00', cst: '-06:00', cdt: '-05:00', ct: '-06:00', mst: '-07:00',
  mdt: '-06:00', mt: '-07:00', pst: '-08:00', pdt: '-07:00', pt: '-08:00', akst: '-09:00', akdt: '-08:00', hst: '-10:00',
};

const L = '\\p{L}';
const MONTH_FIRST = new RegExp(`(?<!${L})(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+|\\s*,\\s*)(\\d{4})(?!\\d)`, 'iu');
/** JavaScript's Date#toString, which some CMSs print into meta tags: "Fri Mar 13 21:30:09 EST 2015". */
const DATE_STRING = new RegExp(`(?<!${L})(${MONTH_ALT})\\s+(\\d{1,2})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s+([a-z]{2,5})\\s+(\\d{4})(?!\\d)`, 'iu');
// "7 de desembre de 2026", "7 d'octubre de 2026" (Catalan), "7 ธันวาคม 2569" (Thai, Buddhist era).
const DAY_FIRST = new RegExp(`(?<![\\d${L}])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|d['’])?(${MONTH_ALT})\\.?,?\\s+(?:del?\\s+)?(\\d{4})(?!\\d)`, 'iu');
/** "2026. december 7." (Hungarian), "2026 m. gruodžio 7 d." (Lithuanian): the year first, then the month's name. */
const YEAR_FIRST = new RegExp(`(?<![\\d${L}])(\\d{4})\\.?\\s*(?:m\\.\\s*)?(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:\\.|\\s*d\\.)?(?!\\d)`, 'iu');
/** "2026. 12. 7." (Korean), written with spaces that the numeric form does not allow. */
const DOTTED_SPACED = /(?<![\d.])(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})\.?(?!\d)/;
/** "7 tháng 12, 2026", "ngày 7 tháng 12 năm 2026" (Vietnamese: "month 12"). */
const VIETNAMESE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+năm\s+)(\d{4})(?!\d)/iu;
/** Arabic-Indic and Persian digits ("٧ ديسمبر ٢٠٢٦") read as the digits they are; one character each, so offsets hold. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const NUMERIC = /(?<![\d./-])(?:(\d{4})[-./](\d{1,2})[-./](\d{1,2})|(\d{1,2})([./])(\d{1,2})\5(\d{4}|\d{2}))(?![\d./-]*\d)/;
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
const TIME = /^[\s,@·|–—-]*(?:at|um|à|a las|alle|às|klo)?\s*(\d{1,2})[:h.](\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?(?!\p{L}))?\s*(?:\(?\s*(?:(utc|gmt)\s*([+-]\d{1,2}(?::?\d{2})?)|([a-z]{1,5}))\s*\)?(?!\p{L}))?/iu;
/** Words before a date (and its "on", "am", "le") that make it the *modified* date, not the published one. */
const UPDATE_WORD =
  /(updated|modified|edited|aktualisiert|geändert|mis à jour|modifié|actualizado|actualitzat|atualizado|aggiornato|bijgewerkt|päivitetty|oppdatert|uppdaterad|opdateret|zaktualizowano|aktualizováno|обновлено|оновлено|güncellendi|güncelleme|frissítve|cập nhật|最終更新|更新|업데이트|수정)(?:\s+(?:on|am|le|el|em|il|op|den|dne))?\W*$/iu;
const RELATIVE = /\b(ago|hours?|minutes?|yesterday|today)\b|\bvor\s+\d|\bil y a\b|\bhace\s+\d|\d+\s*\S+\s+(?:fa|geleden|siden|sedan|temu|назад|önce|tagasi|atrás)(?!\p{L})|\d\s*\S*\s*(?:前|전)/iu;

export interface TextDate {
  iso: string;
  /** The text gave a time of day as well as the day. */
  hasTime: boolean;
  /** Where the date began and ended in the text. */
  start: number;
  end: number;
}

export interface DateTextOptions {
  /** Read "2/3/2015" as 2 March (day first) rather than February 3. @default false */
  dayFirst?: boolean;
  /** Dates after this are refused. @default Date.now() + 2 days */
  latest?: number;
}

/** The first publication-like date in `text` (dates after an "Updated" are skipped), or null. */
export function parseDateText(text: string, options: DateTextOptions = {}): TextDate | null {
  const source = text
    .replace(/\s+/g, ' ')
    .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .slice(0, 300);
  if (!/\d/.test(source)) return null;
  let offset = 0;
  for (let guard = 0; guard < 4; guard++) {
    const found = firstDate(source.slice(offset), options);
    if (!found) return null;
    const start = offset + found.start;
    if (!UPDATE_WORD.test(source.slice(Math.max(0, start - 25), start))) {
      return { iso: found.iso, hasTime: found.hasTime, start, end: offset + found.end };
    }
    offset += found.end;
  }
  return null;
}

/** A date value from a meta tag or attribute: ISO as it is, other forms read like text. */
export function readDateValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return toIsoDate(text);
  if (/^\d{10,13}$/.test(text)) return toIsoDate(new Date(Number(text) * (text.length === 10 ? 1000 : 1)).toISOString());
  return parseDateText(text)?.iso ?? (RELATIVE.test(text) || /updated|modified/i.test(text) ? null : toIsoDate(text));
}

interface Found {
  iso: string;
  hasTime: boolean;
  start: number;
  end: number;
}

function firstDate(text: string, options: DateTextOptions): Found | null {
  const hits: Found[] = [];
  const js = DATE_STRING.exec(text);
  if (js) {
    const time = TIME.exec(`${js[3]} ${js[4]}`);
    const found = build(+js[5]!, MONTH.get(js[1]!.toLowerCase())!, +js[2]!, time, options);
    if (found) hits.push({ ...found, start: js.index, end: js.index + js[0].length });
  }
  const m1 = MONTH_FIRST.exec(text);
  if (m1) hits.push(...withTime(text, m1, +m1[3]!, MONTH.get(m1[1]!.toLowerCase())!, +m1[2]!, options));
  const m2 = DAY_FIRST.exec(text);
  if (m2) hits.push(...withTime(text, m2, +m2[3]!, MONTH.get(m2[2]!.toLowerCase())!, +m2[1]!, options));
  const m3 = NUMERIC.exec(text);
  if (m3) {
    let [y, mo, d] = [+(m3[1] ?? 0), +(m3[2] ?? 0), +(m3[3] ?? 0)];
    if (!m3[1]) {
      const [a, b] = [+m3[4]!, +m3[6]!];
      // Dots are the European day-first form; slashes are month-first unless the page says otherwise.
      const dayFirst = m3[5] === '.' || options.dayFirst === true || a > 12;
      [d, mo] = dayFirst ? [a, b] : [b, a];
      y = m3[7]!.length === 2 ? 2000 + +m3[7]! : +m3[7]!;
    }
    hits.push(...withTime(text, m3, y, mo, d, options));
  }
  const m4 = CJK.exec(text);
  if (m4) hits.push(...withTime(text, m4, +m4[1]!, +m4[2]!, +m4[3]!, options));
  const m5 = YEAR_FIRST.exec(text);
  if (m5) hits.push(...withTime(text, m5, +m5[1]!, MONTH.get(m5[2]!.toLowerCase())!, +m5[3]!, options));
  const m6 = DOTTED_SPACED.exec(text) ?? VIETNAMESE.exec(text);
  if (m6) {
    const yearFirst = m6[1]!.length === 4;
    hits.push(...withTime(text, m6, yearFirst ? +m6[1]! : +m6[3]!, +m6[2]!, yearFirst ? +m6[3]! : +m6[1]!, options));
  }
  hits.sort((a, b) => a.start - b.start);
  return hits[0] ?? null;
}

function withTime(text: string, m: RegExpExecArray, y: number, mo: number, d: number, options: DateTextOptions): Found[] {
  const end = m.index + m[0].length;
  const time = TIME.exec(text.slice(end, end + 40));
  const found = build(y, mo, d, time, options);
  return found ? [{ ...found, start: m.index, end: end + (found.hasTime && time ? time[0].length : 0) }] : [];
}

function build(year: number, mo: number, d: number, time: RegExpExecArray | null, options: DateTextOptions): { iso: string; hasTime: boolean } | null {
  // Thai pages count years in the Buddhist era, 543 ahead: no Gregorian news page is dated 2400 or later.
  const y = year >= 2400 && year <= 2800 ? year - 543 : year;
  if (!validDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const latest = options.latest ?? Date.now() + 2 * 86_400_000;
  if (Date.parse(`${day}T00:00:00Z`) > latest) return null;
  if (!time) return { iso: day, hasTime: false };
  let hour = +time[1]!;
  const minute = +time[2]!;
  const second = time[3] === undefined ? 0 : +time[3];
  const half = time[4]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return { iso: day, hasTime: false };
  const zone = time[5] ? (time[6] ? offsetOf(time[6]) : 'Z') : time[7] ? ZONES[time[7].toLowerCase()] ?? '' : '';
  return { iso: `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`, hasTime: true };
}

/** "+8", "+0530", "-04:00" → "+08:00", "+05:30", "-04:00". */
function offsetOf(text: string): string {
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
  if (!m || +m[2]! > 14) return '';
  return +m[2]! === 0 && !m[3] ? 'Z' : `${m[1]}${pad(+m[2]!)}:${m[3] ?? '00'}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
