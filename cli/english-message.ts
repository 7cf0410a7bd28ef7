import catalogue from '../public/_locales/en/messages.json';

/**
 * `browser.i18n.getMessage` over the English catalogue, as Chrome and Firefox answer it
 * (the CLI's words that the extension shares, and the unit tests' fake browser):
 * a `$NAME$` placeholder (any case) becomes its `content`, `$1`…`$9` there become the
 * substitutions, `$$` is a dollar sign, and an unknown name gives ''.
 */

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Readonly<Record<string, Entry>> = catalogue;
const PLACEHOLDER_RE = /\$([A-Za-z0-9_@]+)\$/g;
const SUBSTITUTION_RE = /\$(\$|[1-9])/g;

export function englishMessage(name: string, substitutions?: string | string[]): string {
  const entry = Object.hasOwn(MESSAGES, name) ? MESSAGES[name] : undefined;
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), value.content]));
  // Placeholders first, then the substitutions in one pass, so a value that holds "$1" stays as it is.
  const expanded = entry.message.replace(PLACEHOLDER_RE, (whole, key: string) => placeholders[key.toLowerCase()] ?? whole);
  return expanded.replace(SUBSTITUTION_RE, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}
