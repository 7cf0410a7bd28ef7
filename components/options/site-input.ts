import { hostKey } from '../../core/identity/host-key';

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The site key a reader means by what they typed: a host ("Example.com"), a web address
 * ("https://www.example.com/news/1") or a host with a path. Null when it names no site.
 * International names come back in their ASCII (punycode) form, as `location.hostname` has them.
 */
export function siteFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 2_048) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  const key = hostKey(host);
  if (!HOST.test(key) || !(key.includes('.') || key === 'localhost')) return null;
  return key;
}
