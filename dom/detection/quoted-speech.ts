/**
 * Does the page's running text quote people? Reporting attributes what was said, in
 * quotation marks, in every language's typography: “ ” „ « » 「 」. Recipes, shops, docs
 * and reference pages rarely do. Measured on detection-dev's dev part (paragraphs over 80
 * characters): about half of the older news pages and two thirds of the newer ones quote,
 * one in six pages that are not news do; so the cue does not tell an old page from a new one.
 */

const MAX_PARAGRAPHS = 40;
/** Shorter paragraphs are captions, teasers and menus, not running text. */
const MIN_PARAGRAPH_CHARS = 80;
/** Quotation marks of the world's typographies; the apostrophe-like ‘ ’ are left out, since ’ is an apostrophe in English. */
const QUOTE_MARKS = /[“”„‟«»‹›「」『』"]/g;
/** Two quotations at least (four marks), and at least this many marks per 1,000 characters of running text. */
const MIN_MARKS = 4;
const MIN_MARKS_PER_1000 = 1.5;
/** Dialogue, not reporting: a story or a fable opens most of its paragraphs with a quotation; news opens a few. */
const OPENS_WITH_QUOTE = /^\s*[“„«‹「『"]/;
const MAX_OPENING_SHARE = 0.5;
const MIN_OPENING_PARAGRAPHS = 6;

export function quotesPeople(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  const count = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) texts.push(paragraphs[i]!.textContent ?? '');
  return quotesPeopleIn(texts);
}

/** The same measure over any running text: a block of <br>-separated lines is one text. */
export function quotesPeopleIn(texts: readonly string[]): boolean {
  let chars = 0;
  let marks = 0;
  let paragraphs = 0;
  let opening = 0;
  for (const text of texts) {
    if (text.length <= MIN_PARAGRAPH_CHARS || text.trim().length <= MIN_PARAGRAPH_CHARS) continue;
    chars += text.length;
    marks += text.match(QUOTE_MARKS)?.length ?? 0;
    paragraphs++;
    if (OPENS_WITH_QUOTE.test(text)) opening++;
  }
  if (opening >= MIN_OPENING_PARAGRAPHS && opening > MAX_OPENING_SHARE * paragraphs) return false;
  return marks >= MIN_MARKS && (marks * 1000) / Math.max(1, chars) >= MIN_MARKS_PER_1000;
}
