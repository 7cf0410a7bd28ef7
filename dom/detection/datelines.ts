/**
 * News copy's datelines, read from the opening of a paragraph: "CAIRO —", "LONDON
 * (Reuters) -", and the dated kind, "Feb. 23, 2015 -- ", which is a dateline and a
 * publication date at once.
 */

/** "CAIRO —", "KRASNOVEL, Sept 17 (Eastgate Wire) -", "LONDON (Reuters) -": the wire-copy dateline. */
export const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]{2,40}(,[^—–-]{0,30})?(\([^)]{1,40}\))?\s*[—–-]\s/u;
/** "Feb. 23, 2015 -- ", "March 3, 2015 — ": a dated dateline, as news copy opens. */
const DATED_DATELINE = /^(?:[\p{Lu}][\p{L} .'’-]{2,40},\s*)?\p{L}{3,9}\.? \d{1,2},? \d{4}\s*(?:--|[—–-])\s/u;
/** Paragraphs read for datelines and quotations: the lead may sit below page furniture, but not far. */
const MAX_PARAGRAPHS = 40;
/** Characters of a paragraph's opening read for a dateline. */
const OPENING_CHARS = 120;
/** A shorter opening is a caption or a date line, not the lead. */
const MIN_LEAD_CHARS = 60;
const NOT_SPACE = /\S/;

/** The text of the first paragraphs, read once for both datelines and quotations. */
export function leadParagraphTexts(doc: Document): string[] {
  const paragraphs = doc.getElementsByTagName('p');
  const count = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) texts.push(paragraphs[i]!.textContent ?? '');
  return texts;
}

/** A city or dated dateline opening one of the paragraphs. */
export function datelineIn(texts: readonly string[]): 'dated' | 'place' | null {
  for (const text of texts) {
    // Too short however it is trimmed: no copy of it is made.
    if (text.length <= MIN_LEAD_CHARS) continue;
    const start = text.search(NOT_SPACE);
    if (start < 0) continue;
    const opening = text.slice(start, start + OPENING_CHARS);
    if (opening.length <= MIN_LEAD_CHARS) continue;
    if (DATED_DATELINE.test(opening)) return 'dated';
    if (DATELINE.test(opening)) return 'place';
  }
  return null;
}
