/**
 * Whether a URL falls under one of the browser's granted match patterns
 * (`https://www.example.com/*`, `http://*.example.com/*`, `http://*\/*`, `<all_urls>`), so
 * the background never asks for a page the reader did not allow. Ports are ignored, as
 * the browsers ignore them for host permissions.
 */
export function urlAllowedBy(url: string, patterns: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return patterns.some((pattern) => matches(parsed, pattern));
}

const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/;

function matches(url: URL, pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  const [, scheme, host] = parts as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostname = url.hostname.toLowerCase();
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2).toLowerCase();
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host.toLowerCase();
}
