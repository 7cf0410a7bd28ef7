import { describe, expect, test } from 'vitest';
import { normalize } from '../../../core/framing/normalize';

describe('normalize', () => {
  test.each([
    ['Anti-Western', 'anti-western'],
    ['anti‐Western', 'anti-western'], // U+2010 hyphen
    ['Russia–China', 'russia-china'], // en dash joins like a hyphen
    ['war — again', 'war — again'], // em dash stays a clause mark
    ['Kremlin’s', "kremlin's"],
    ['“regime”', '"regime"'],
    ['«régime»', '"regime"'],
    ['Ｒégime', 'ｒegime'],
    ['vis-à-vis', 'vis-a-vis'],
    ['Zürich', 'zurich'],
    ['non\u00A0stop', 'non stop'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  test('keeps identity offsets when no character changes length', () => {
    const input = 'Putin’s “régime” — Anti‐Western';
    const { text, toOriginal } = normalize(input);
    expect(text.length).toBe(input.length);
    for (let i = 0; i <= text.length; i++) expect(toOriginal(i)).toBe(i);
  });

  test.each([
    ['Straße regime', 'strasse regime', 'regime'],
    ['soft\u00ADhyphen regime', 'softhyphen regime', 'regime'],
    ['re\u0301gime change', 'regime change', 'change'],
    ['zero\u200Bwidth regime', 'zerowidth regime', 'regime'],
    ['İstanbul regime', 'istanbul regime', 'regime'],
  ])('maps offsets back through length changes in %j', (input, expected, word) => {
    const { text, toOriginal } = normalize(input);
    expect(text).toBe(expected);
    const start = text.indexOf(word);
    const originalStart = toOriginal(start);
    const originalEnd = toOriginal(start + word.length);
    expect(input.slice(originalStart, originalEnd).normalize('NFC').toLowerCase()).toBe(word);
    expect(toOriginal(text.length)).toBe(input.length);
  });

  test('maps an expanded character to its original span', () => {
    const { text, toOriginal } = normalize('aßb');
    expect(text).toBe('assb');
    expect([toOriginal(1), toOriginal(2), toOriginal(3), toOriginal(4)]).toEqual([1, 1, 2, 3]);
  });

  test('handles empty text and astral characters', () => {
    expect(normalize('').text).toBe('');
    const { text, toOriginal } = normalize('𝐀 regime 😀');
    expect(text.endsWith('regime 😀')).toBe(true);
    expect(toOriginal(text.length)).toBe('𝐀 regime 😀'.length);
  });
});
