/**
 * The scorer's words are cut by a scan of character codes (word-tokens.ts) that must
 * give exactly what the regex it replaced gives: the model's weights were learned on
 * those words. The regex and its sentence rule are written out here as the reference.
 */
import { describe, expect, test } from 'vitest';
import { wordTokens, type WordToken } from '../../../../core/framing/model/word-tokens';
import { mulberry32 } from '../../../../scripts/seeded-random';

const WORD_RUN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function reference(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let sentence = 0;
  let sentenceStart = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_RUN)) {
    const start = match.index;
    if (tokens.length > 0 && /[.!?\n]/.test(text.slice(previousEnd, start))) {
      sentence++;
      sentenceStart = tokens.length;
    }
    tokens.push({ start, end: start + match[0].length, lower: match[0].toLowerCase().replace(/’/g, "'"), sentence, sentenceStart });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

describe('the scorer’s words', () => {
  test.each([
    ['plain words and a full stop', 'The mayor spoke. Critics were furious!'],
    ['joined words', 'so-called anti-Western regime’s don\'t rock-n-roll'],
    ['joiners that join nothing', "- -word word- 'quoted' ’tis ends’ a--b a-'b x'-y"],
    ['digits and letters of other scripts', '7-2 vote, 3.5% rise; Ünïcödé Straße, 東京 タワー, مرحبا 123٤٥'],
    ['combining marks split words, as the regex does', 'cafe\u0301 nai\u0308ve'],
    ['letters outside the Basic Multilingual Plane, emoji, lone surrogates', '𝐀𝐁c-𝐃 😀word 😀 \uD835 x\uDC00y 𐐀𐐨'],
    ['sentence ends and line breaks', 'One?\nTwo!Three\n\nfour . five'],
    ['nothing to cut', ''],
    ['marks only', '“” ... —– !?'],
  ])('%s: the same as the regex', (_, text) => {
    expect(wordTokens(text)).toEqual(reference(text));
  });

  test('the same as the regex on random strings of every kind of character', () => {
    const alphabet = ['a', 'Z', '5', ' ', '-', "'", '’', '.', '!', '?', '\n', 'é', 'ß', '東', '\u0301', '𝐀', '😀', '\uD835', '\uDC00', '٤', '“', ',', '\t'];
    const random = mulberry32(2026);
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(wordTokens(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
