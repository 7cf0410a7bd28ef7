import { describe, expect, test } from 'vitest';
import { measurePage } from '../../../dom/pipeline/page-size';
import { page } from '../parse';

describe('measurePage', () => {
  test('an ordinary article is not too large', () => {
    expect(measurePage(page('<article><h1>Title</h1><p>Some words of text.</p></article>'))).toMatchObject({ tooLarge: false, textChars: 24 });
  });

  test('too much text, counted only to just past the limit', () => {
    const doc = page(`<p>${'a'.repeat(500)}</p><p>${'b'.repeat(500)}</p><p>${'c'.repeat(500)}</p>`);
    expect(measurePage(doc, { textChars: 600, elements: 100 })).toEqual({ tooLarge: true, textChars: 1000, elements: expect.any(Number) });
  });

  test('too many elements, however little text', () => {
    const doc = page('<span></span>'.repeat(300));
    expect(measurePage(doc, { textChars: 600, elements: 200 })).toMatchObject({ tooLarge: true, textChars: 0 });
  });

  test('a page without a body has no text to count', () => {
    const doc = page('<!doctype html><html><head><title>x</title></head></html>');
    doc.body?.remove();
    expect(measurePage(doc)).toMatchObject({ tooLarge: false, textChars: 0 });
  });
});
