import { isoToMillis, toIsoDate } from '../text/iso-date';

/**
 * Feed dates → ISO 8601. RSS writes RFC 822 ("Fri, 14 Mar 2025 06:40:00 -0400"), Atom and
 * Dublin Core write W3C dates (ISO). Like `toIsoDate`, the feed's own offset is kept, so an
 * evening story does not move to the next day. A date that is unreadable, impossible
 * (31 February) or absurd (the Unix epoch a broken CMS writes, next year) becomes null:
 * a wrong date would mislead the matching more than a missing one.
 */

const RFC_822 =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:([+-]\d{2}:?\d{2})|\(?([a-z]{1,5})\)?)?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822's zone names, and the few others feeds write; unknown ones make the date unreadable. */
const ZONES: Readonly<Record<string, string>> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00',
};

/** Before RSS existed: the epoch and other placeholder dates. */
const EARLIEST = Date.UTC(1995, 0, 1);
/** Ahead of `now` by more than time zones explain (feeds schedule, clocks drift). */
const FUTURE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;

export function feedDate(raw: string | null | undefined, now: number): string | null {
  if (!raw) return null;
  const text = raw.trim().slice(0, 100);
  const iso = rfc822ToIso(text) ?? w3cToIso(text);
  const ms = isoToMillis(iso);
  if (iso === null || ms === null || ms < EARLIEST || ms > now + FUTURE_SLACK_MS) return null;
  return iso;
}

/** Atom and Dublin Core dates; `toIsoDate` lets 30 February through, so the day is checked here. */
function w3cToIso(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const iso = toIsoDate(text);
  if (iso === null) return null;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return realDay(year!, month!, day!) ? iso : null;
}

function rfc822ToIso(text: string): string | null {
  const m = RFC_822.exec(text);
  if (!m) return null;
  const [, day, monthName, yearText, hour, minute, second, numericZone, namedZone] = m;
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
  // RFC 822 has two-digit years; RFC 1123 moved to four. Two digits are read as 19xx/20xx.
  const year = yearText!.length === 2 ? 2000 + Number(yearText) - (Number(yearText) > 50 ? 100 : 0) : Number(yearText);
  if (month === 0 || !realDay(year, month, Number(day))) return null;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  let zone = '';
  if (numericZone) zone = `${numericZone.slice(0, 3)}:${numericZone.slice(-2)}`;
  else if (namedZone) {
    const known = ZONES[namedZone.toLowerCase()];
    if (known === undefined) return null;
    zone = known;
  }
  return `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${zone === '+00:00' || zone === '-00:00' ? 'Z' : zone}`;
}

function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
