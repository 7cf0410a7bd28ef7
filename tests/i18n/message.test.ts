import { describe, expect, test } from 'vitest';
import { message, plural } from '../../platform/i18n';

// The wrapper over browser.i18n, on the English catalogue the test setup gives the fake browser.
describe('message', () => {
  test.each([
    [['options_cancel'], 'Cancel'],
    [['options_library_select_article', 'Talks resume'], 'Select “Talks resume”'],
    [['options_library_outlet_option', 'The Ledger', 1200], `The Ledger (${(1200).toLocaleString()})`],
    [['options_storage_used', '1 MB', '2 GB', '50%'], '1 MB used of 2 GB this browser allows Parallax (50%).'],
    // A value that looks like a substitution stays as it is.
    [['options_library_select_article', '$1 and $$'], 'Select “$1 and $$”'],
  ] as const)('%j → %s', ([name, ...substitutions], expected) => {
    expect(message(name, ...substitutions)).toBe(expected);
  });

  test('a name missing from the catalogue shows as itself, not as a blank', () => {
    expect(message('no_such_message' as Parameters<typeof message>[0])).toBe('no_such_message');
  });
});

describe('plural: `_one` for 1, `_other` for every other count (English rules)', () => {
  test.each([
    [0, '0 articles'],
    [1, '1 article'],
    [2, '2 articles'],
    [1500, `${(1500).toLocaleString()} articles`],
  ])('%i → %s', (n, expected) => {
    expect(plural('options_articles', n)).toBe(expected);
  });

  test('the count goes into the sentence', () => {
    expect(plural('options_library_deleted', 3)).toBe('Deleted 3 articles.');
  });
});
