import { describe, expect, test } from 'vitest';
import { articleText } from '../../../dom/extraction/article-text';
import { removeAltCaptions } from '../../../dom/extraction/alt-captions';
import { page } from '../parse';

const STORY =
  '<p>The council voted on Tuesday to close the river crossing for repairs, a decision that will divert traffic through the town centre for at least six weeks.</p>' +
  '<p>Engineers found cracks in two of the bridge’s supports during an inspection last month, the council said.</p>';
const CAPTION = 'Workers inspect the east support of the Hadley bridge, in this March 3 file photo.';

function afterRemoval(html: string): string {
  const doc = page(`<div id="root">${html}${STORY}</div>`);
  const root = doc.getElementById('root')!;
  removeAltCaptions(root);
  return articleText(root).text;
}

describe('a caption that repeats its picture’s description goes', () => {
  test.each([
    ['the alt, printed under the picture', `<div><p><img src="a.jpg" alt="${CAPTION}"></p><p>${CAPTION}</p></div>`],
    ['the title of the link around the picture', `<div><a href="big.jpg" title="${CAPTION}"><img src="a.jpg"></a><div>${CAPTION}</div></div>`],
    ['a caption in another language', '<figure><img src="a.jpg" alt="Arbeiter prüfen den östlichen Pfeiler der Brücke"><figcaption>Arbeiter prüfen den östlichen Pfeiler der Brücke.</figcaption></figure>'],
  ])('%s', (_name, html) => {
    const text = afterRemoval(html);
    expect(text).not.toMatch(/east support|Pfeiler/);
    expect(text).toContain('Engineers found cracks');
  });
});

describe('the story stays', () => {
  test.each([
    ['a caption that says more than the alt', `<div><img src="a.jpg" alt="The bridge"><p>${CAPTION}</p></div>`, 'Workers inspect'],
    ['a short alt that a line of the story repeats', '<div><img src="a.jpg" alt="Repairs"><p>Repairs</p></div>', 'Repairs'],
    ['a picture whose alt is the headline, and the story below it', '<img src="a.jpg" alt="Hadley bridge to close for repairs">', 'Engineers found cracks'],
  ])('%s', (_name, html, kept) => {
    expect(afterRemoval(html)).toContain(kept);
  });
});
