import { describe, expect, test } from 'vitest';
import { quotesPeople } from '../../../dom/detection/quoted-speech';
import { page } from '../parse';

/** Quotations in running text, in several typographies; captions and short lines do not count. */

const LONG = 'at the harbour on Monday morning, before the ferry left for the islands and the crowd went home';
const body = (paragraphs: string[]) => page(`<!doctype html><html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`);

describe('quotesPeople', () => {
  test.each([
    ['English curly quotes', ['“We will rebuild,” the mayor said ' + LONG, 'She added: “Not before spring.” ' + LONG]],
    ['French guillemets', ['« Nous reconstruirons », a déclaré le maire ' + LONG, '« Pas avant le printemps », a-t-il ajouté ' + LONG]],
    ['German low-high quotes', ['„Wir bauen wieder auf“, sagte der Bürgermeister ' + LONG, '„Nicht vor dem Frühjahr“, fügte er hinzu ' + LONG]],
    ['Japanese corner brackets', ['市長は「桟橋を春までに再建する」と述べた。' + LONG, '「春より前ではない」とも語った。' + LONG]],
  ])('%s count', (_name, paragraphs) => {
    expect(quotesPeople(body(paragraphs))).toBe(true);
  });

  test.each([
    ['plain prose', [LONG + ' and nothing was said', LONG + ' and the day went on']],
    ['one quotation only', ['“We will rebuild,” the mayor said ' + LONG, LONG]],
    ['quotations in short captions only', ['“Rebuild”', '“Not before spring”', LONG, LONG]],
    ['a story’s dialogue, most paragraphs opening with a quotation', Array.from({ length: 8 }, (_, i) => `“Row harder,” she told him for the ${i + 1}th time, ${LONG}.`)],
    ['apostrophes', ['The mayor’s plan isn’t the council’s, and it won’t be ' + LONG, 'It’s the harbour’s turn ' + LONG]],
  ])('%s do not', (_name, paragraphs) => {
    expect(quotesPeople(body(paragraphs))).toBe(false);
  });
});
