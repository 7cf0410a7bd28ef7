/**
 * The small checks every message parser (and every reader of stored or fetched JSON)
 * starts from. Whatever arrives from another part of Parallax, a page, a file or the
 * network is `unknown` until one of these says otherwise.
 */

/** The longest address a message may carry, as sent and once percent-encoded. */
export const MAX_URL_CHARS = 2_048;

/** A plain object (not null, not an array), whose keys can be read one by one. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Non-empty text of at most `max` characters. */
export function shortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/** A whole number from `min` to `max`, both included. */
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The http(s) address in `value`, normalised by the URL parser; null for anything else or anything too long. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // Percent-encoding can make the address several times longer than what was sent.
    const href = url.toString();
    return href.length <= MAX_URL_CHARS ? href : null;
  } catch {
    return null;
  }
}

/**
 * The message's type when it is one of `known`, as an own property: a type such as
 * "__proto__" or "constructor" must not find something on a table's prototype.
 */
export function knownType<T extends string>(message: unknown, known: Readonly<Record<T, unknown>>): T | null {
  if (!isObject(message)) return null;
  const type = message['type'];
  return typeof type === 'string' && Object.hasOwn(known, type) ? (type as T) : null;
}

/** A refused message's type, quoted and cut short enough for one line of an error. */
export function quotedType(message: unknown): string {
  const type = isObject(message) ? message['type'] : undefined;
  return JSON.stringify(String(type)).slice(0, 40);
}
