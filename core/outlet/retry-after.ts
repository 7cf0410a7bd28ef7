/**
 * How long to wait before asking Wikidata again. `Retry-After` is either seconds or an
 * HTTP date (RFC 9110 §10.2.3); a server's word is honoured but bounded, so a hostile or
 * broken header can neither make Parallax hammer the service nor stop lookups for a year.
 */

export const RETRY_BOUNDS = { minMs: 5_000, maxMs: 24 * 3_600_000 } as const;
/** Waits after failures without a Retry-After: the n-th failure in a row waits the n-th entry (the last one thereafter). */
const BACKOFF_MS = [60_000, 10 * 60_000, 3_600_000, 6 * 3_600_000, 24 * 3_600_000];

const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  let ms: number;
  if (/^\d{1,10}$/.test(text)) ms = Number(text) * 1_000;
  else {
    // Only the HTTP date form servers send ("Fri, 03 Jul 2026 12:10:00 GMT"): Date.parse alone takes "-5" for a year.
    if (!IMF_FIXDATE.test(text)) return null;
    const at = Date.parse(text);
    if (!Number.isFinite(at)) return null;
    ms = at - now;
  }
  return Math.min(RETRY_BOUNDS.maxMs, Math.max(RETRY_BOUNDS.minMs, ms));
}

export function backoffMs(failuresInRow: number): number {
  return BACKOFF_MS[Math.min(Math.max(failuresInRow, 1), BACKOFF_MS.length) - 1]!;
}
