/**
 * How much a character of the page's text weighs against a character of Latin text.
 * Readability's `isProbablyReaderable` asks for paragraphs of 140 characters or more and
 * a score summed from their lengths: fair for languages written in Latin letters with
 * spaces, far too much for Chinese or Japanese, where a character is nearly a word (a
 * plain 500-character report reads as no article at all), and too much for Thai and
 * Korean. The weight scales those thresholds; it is measured on the first paragraphs only.
 */

const SAMPLE_PARAGRAPHS = 20;
const SAMPLE_CHARS = 2000;
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_THAI = /[\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** A Han or kana character carries about what three Latin letters do; Hangul or Thai about two. */
const HAN_KANA_WEIGHT = 3;
const HANGUL_THAI_WEIGHT = 2;

export function denseScriptWeight(doc: Document): number {
  const paragraphs = doc.getElementsByTagName('p');
  let sample = '';
  for (let i = 0; i < paragraphs.length && i < SAMPLE_PARAGRAPHS && sample.length < SAMPLE_CHARS; i++) sample += paragraphs[i]!.textContent ?? '';
  if (sample.length < SAMPLE_CHARS && doc.body) sample += textStart(doc.body, SAMPLE_CHARS - sample.length);
  const letters = sample.replace(/[\s\p{P}\p{S}\p{N}]/gu, '').length;
  if (letters === 0) return 1;
  const hanKana = sample.match(HAN_KANA)?.length ?? 0;
  const hangulThai = sample.match(HANGUL_THAI)?.length ?? 0;
  return 1 + (hanKana * (HAN_KANA_WEIGHT - 1) + hangulThai * (HANGUL_THAI_WEIGHT - 1)) / letters;
}

/**
 * Readability's defaults (140 characters a paragraph, a score of 20 summed over
 * paragraphs as √(length − 140)) with lengths counted `weight` times: since
 * √(w·len − 140) = √w · √(len − 140/w), both thresholds divide exactly.
 */
export function readerableOptions(weight: number): { minContentLength: number; minScore: number } {
  return { minContentLength: 140 / weight, minScore: 20 / Math.sqrt(weight) };
}

const SHOW_TEXT = 4;

/**
 * The first `chars` characters of the element's text, as `textContent.slice(0, chars)` gives
 * them, read from text nodes until there are enough: a page's whole text is never built.
 */
export function textStart(root: Element, chars: number): string {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < chars; node = walker.nextNode()) text += node.nodeValue ?? '';
  return text.slice(0, chars);
}
