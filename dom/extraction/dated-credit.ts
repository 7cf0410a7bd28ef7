/**
 * A dateline that names its source: "Associated Press - January 11, 2008 4:13 PM ET",
 * "1/14/2008, 8:34 a.m. EST The Associated Press", "Jan 12, 2008 2:04 AM (3 days ago) by
 * Staff, The Examiner", "Last Update: 1/01 1:10 pm". A line of nothing but a date is
 * caught by clean-content's DATE_LINE; these carry a name or a label too. What marks them
 * is a date and a clock time together, with nothing else but capitalised names and a few
 * label words: a sentence of the story that gives a time has lowercase words of its own
 * ("the quake struck at 4:13 p.m. on January 11").
 */

/** A clock time: "4:13", "8:34 a.m.", "10:02 PM". */
const TIME = /\b\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?/gi;
/** A day: "January 11, 2008", "Jan. 8 2008", "11 Jan 2008", "1/14/2008", "1/01", "2008-01-14". */
const DAY =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(,?\s+\d{4})?\b|\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b/gi;
/** Words a dateline may hold besides names: weekdays, zones, labels, "3 days ago". */
const LABEL =
  /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^([a-z]{1,2}[sd]?t|gmt|utc)$|^(by|on|at|the|of|and|staff|last|updated?|posted|published|ago|days?|hours?|minutes?|edt|est)$/i;
const MAX_LENGTH = 100;
/** Names beside the date: "The Associated Press", "Staff, The Examiner". */
const MAX_OTHER_WORDS = 6;

/** Whether a block's whole text is a dateline with a source or a label. */
export function isDatedCredit(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  TIME.lastIndex = 0;
  DAY.lastIndex = 0;
  if (!TIME.test(text) || !DAY.test(text)) return false;
  const rest = text.replace(TIME, ' ').replace(DAY, ' ');
  const words = rest.match(/\p{L}+/gu) ?? [];
  const others = words.filter((word) => !LABEL.test(word));
  // Names are capitalised; any other lowercase word is a sentence's.
  return others.length <= MAX_OTHER_WORDS && others.every((word) => /^\p{Lu}/u.test(word));
}
