import { describeFetchError, type FetchError } from '../../core/feeds/fetch-errors';

/**
 * One GET of a feed or article page, on the reader's behalf and within bounds: a
 * deadline, a byte cap read off the stream (a server's Content-Length is not trusted),
 * and the final address checked against the origins the reader allowed. `fetch` follows
 * redirects itself, and the browser refuses those to origins without host access; the
 * check here also refuses those the page could reach without it.
 */

export interface LimitedFetchOptions {
  /** `fetch` itself, passed in so tests hand in their own. */
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  headers?: Record<string, string>;
  /** Whether a (final) address is one the reader allowed. */
  allowed(url: string): boolean;
  /** Stops the request when the caller gives up (the extension is shutting down). */
  signal?: AbortSignal;
}

export type LimitedFetchResult =
  | { ok: true; status: 200; url: string; text: string; etag: string | null; lastModified: string | null; contentType: string }
  | { ok: true; status: 304; url: string; etag: string | null; lastModified: string | null }
  | { ok: false; error: FetchError };

export async function fetchLimited(url: string, options: LimitedFetchOptions): Promise<LimitedFetchResult> {
  if (!options.allowed(url)) return fail('permission');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), options.timeoutMs);
  const stop = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stop);
  try {
    const response = await options.fetch(url, {
      headers: options.headers,
      signal: controller.signal,
      redirect: 'follow',
      // Never the reader's cookies: a feed is fetched as a stranger would fetch it.
      credentials: 'omit',
      cache: 'no-cache',
    });
    const finalUrl = response.url || url;
    if (!options.allowed(finalUrl)) {
      void response.body?.cancel().catch(() => undefined);
      return fail('redirect-outside', hostOf(finalUrl));
    }
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (response.status === 304) return { ok: true, status: 304, url: finalUrl, etag, lastModified };
    if (response.status !== 200) {
      void response.body?.cancel().catch(() => undefined);
      return fail('http-status', response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return fail('too-large');
    }
    const body = await readCapped(response, options.maxBytes);
    if (body === null) return fail('too-large');
    const contentType = response.headers.get('content-type') ?? '';
    return { ok: true, status: 200, url: finalUrl, text: decode(body, contentType), etag, lastModified, contentType };
  } catch {
    if (controller.signal.aborted && controller.signal.reason instanceof DOMException && controller.signal.reason.name === 'TimeoutError') {
      return fail('timeout');
    }
    return fail('network');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

/** The body's bytes, or null once they pass `maxBytes` (the rest is not downloaded). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * Text in the body's own encoding: the Content-Type's charset, else the XML declaration's
 * (older feeds are often ISO-8859-1 and say so only there), else UTF-8.
 */
export function decode(body: Uint8Array, contentType: string): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(new TextDecoder('latin1').decode(body.subarray(0, 200)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body); // a label the browser does not know
  }
}

function fail(kind: FetchError['kind'], detail?: number | string): { ok: false; error: FetchError } {
  return { ok: false, error: { kind, message: describeFetchError(kind, detail) } };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
