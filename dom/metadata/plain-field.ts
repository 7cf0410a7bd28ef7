import { cutText } from '../../core/text/cut-text';

/**
 * A string from the page as a one-line field (title, site name, excerpt, language): runs
 * of whitespace, control characters and NEL become one space, the ends are trimmed, and
 * the cut at `max` never halves a surrogate pair. Pages put NUL, ESC and the like in
 * titles, and emoji astride the limit (tests/fuzz found both); a browser shows nothing
 * for a control character, so the field holds nothing for it either. Empty comes back as null.
 */


// eslint-disable-next-line no-control-regex -- control characters are what is removed
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f\u0085]+/g;

export function plainField(value: string | null | undefined, max: number): string | null {
  const text = value?.replace(SPACE_OR_CONTROL, ' ').trim();
  return text ? cutText(text, max).trimEnd() : null;
}
