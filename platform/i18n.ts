import { browser } from 'wxt/browser';
import type catalogue from '../public/_locales/en/messages.json';

/**
 * The UI's words are `browser.i18n` messages: English in public/_locales/en/messages.json,
 * a translation in public/_locales/<lang>/messages.json. Names are typed from the English
 * catalogue, so a misspelt one is a compile error; tests/i18n/catalogue.test.ts checks
 * that code and catalogue agree.
 *
 * Call with a literal name (`message('options_cancel')`, `plural('options_articles', n)`):
 * the test finds the names used by reading the source.
 */

export type MessageName = keyof typeof catalogue;

/** Names that come as a pair `<name>_one` / `<name>_other`. */
export type PluralName = {
  [K in MessageName]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageName ? Base : never) : never;
}[MessageName];

/** Numbers are written as the reader's locale writes them ("1,200") before they go in. */
export type Substitution = string | number;

// WXT types getMessage with one overload per name; a name held in a variable needs the plain signature.
type GetMessage = (name: string, substitutions: string[]) => string;

/** The message in the browser's language (English when it has no translation), with `$1`… filled in. */
export function message(name: MessageName, ...substitutions: Substitution[]): string {
  const text = (browser.i18n.getMessage as GetMessage)(
    name,
    substitutions.map((s) => (typeof s === 'number' ? s.toLocaleString() : s)),
  );
  // An empty answer means the name is missing from every catalogue: show the name, not a blank.
  return text || name;
}

/**
 * A count with its noun: `<name>_one` for 1, `<name>_other` otherwise; the count is `$1`.
 * These are English rules. When translations come, languages with more forms (Polish,
 * Arabic, Russian…) need the form chosen with `Intl.PluralRules` for the UI language and
 * keys for its categories (`_few`, `_many`…).
 */
export function plural(name: PluralName, count: number): string {
  return message(count === 1 ? (`${name}_one` as const) : (`${name}_other` as const), count);
}
