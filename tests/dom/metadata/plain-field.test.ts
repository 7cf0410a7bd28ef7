import { describe, expect, test } from 'vitest';
import { cutText } from '../../../core/text/cut-text';
import { plainField } from '../../../dom/metadata/plain-field';

/** Page strings as one-line fields: whitespace and control characters collapse, cuts keep whole characters. */
describe('plainField', () => {
  test.each([
    ['  Floods\n\trise  ', 10, 'Floods ris'],
    ['NUL\u0000ESC\u001bDEL\u007fNEL\u0085end', 100, 'NUL ESC DEL NEL end'],
    ['\u0000\u0001 \n', 100, null],
    ['', 100, null],
    // An emoji astride the limit goes whole rather than leave half of itself.
    ['abc😀', 4, 'abc'],
    ['abc😀', 5, 'abc😀'],
    ['ab 😀', 4, 'ab'],
  ])('%j at %i → %j', (value, max, expected) => {
    expect(plainField(value, max)).toBe(expected);
  });

  test('null and undefined are no field', () => {
    expect(plainField(null, 10)).toBeNull();
    expect(plainField(undefined, 10)).toBeNull();
  });
});

describe('cutText', () => {
  test.each([
    ['abcdef', 3, 'abc'],
    ['ab😀', 3, 'ab'],
    ['ab😀', 4, 'ab😀'],
    ['short', 10, 'short'],
  ])('%j at %i → %j', (text, max, expected) => {
    expect(cutText(text, max)).toBe(expected);
  });
});
