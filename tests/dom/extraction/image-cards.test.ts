import { describe, expect, test } from 'vitest';
import { articleText } from '../../../dom/extraction/article-text';
import { removeImageCards } from '../../../dom/extraction/image-cards';
import { page } from '../parse';

const STORY =
  '<p>The council voted on Tuesday to close the river crossing for repairs, a decision that will divert traffic through the town centre for at least six weeks.</p>' +
  '<p>Engineers found cracks in two of the bridge’s supports during an inspection last month, the council said.</p>';

function afterRemoval(html: string): string {
  const doc = page(`<div id="root">${STORY}${html}</div>`);
  const root = doc.getElementById('root')!;
  removeImageCards(root);
  return articleText(root).text;
}

const card = (headline: string, extra = '') => `<div class="rel"><div class="pic"><img src="a.jpg"></div><p>${headline}</p>${extra}</div>`;

describe('rows of picture cards go', () => {
  test.each([
    [
      'cards drawn by a script, with no link left, under a heading',
      '<h3>More videos</h3>' + card('Harbour reopens after storm Watch Video') + card('School budget approved Watch Video') + card('Library extends its hours Watch Video'),
    ],
    [
      'cards whose headline link went, a linked picture and a summary left',
      ['Harbour reopens after storm', 'School budget approved', 'Library extends its hours', 'Market moves to the square']
        .map((s) => `<div class="box"><p><a href="/other"><img src="a.jpg"></a></p><p>${s}, the town said on Friday.</p></div>`)
        .join(''),
    ],
    [
      'list items with a picture and a headline each',
      '<ul><li class="medium-image"><img src="a.jpg"><p>Harbour reopens after storm</p></li><li class="medium-image"><img src="b.jpg"><p>School budget approved</p></li>' +
        '<li class="medium-image"><img src="c.jpg"><p>Library extends its hours</p></li></ul>',
    ],
  ])('%s', (_name, html) => {
    const text = afterRemoval(html);
    expect(text).not.toMatch(/Harbour|School budget|Library|More videos/);
    expect(text).toContain('Engineers found cracks');
  });
});

describe('the story stays', () => {
  test.each([
    [
      'a photo list: paragraphs that each open with a picture',
      '<div><p><img src="a.jpg">NUMBER ONE: the old toll house by the ford.</p><p><img src="b.jpg">NUMBER TWO: the mill race under the arch.</p>' +
        '<p><img src="c.jpg">NUMBER THREE: the footbridge that floods every spring.</p></div>',
      'the footbridge that floods every spring',
    ],
    [
      'the story’s photo and its caption, one box among paragraphs',
      '<div class="photo"><img src="a.jpg"><p>The crossing from the east bank.</p></div><div class="para">Traders said they would lose custom.</div><div class="para">The mayor said the town had no choice.</div>',
      'The crossing from the east bank',
    ],
    ['two cards are not a row', card('Harbour reopens after storm') + card('School budget approved'), 'School budget approved'],
    [
      'boxes of one kind without pictures (a story set in divs)',
      '<div class="para">Traders said they would lose custom.</div><div class="para">The mayor said the town had no choice.</div><div class="para">Work starts in May.</div>',
      'Work starts in May',
    ],
    [
      'boxes with pictures and long text (a gallery of story sections)',
      Array.from({ length: 3 }, (_, i) => `<div class="part"><img src="${i}.jpg"><p>${'Section '.concat(String(i), ': the inspectors walked the whole span, measured every crack and wrote down what they found, one support at a time, before they met the council to say what had to be done and how long it would take to do it. The council listened, asked about the cost and the detour, and voted the same evening. Work on the supports starts in May and should end before the summer fair. ')}</p></div>`).join(''),
      'Section 2',
    ],
  ])('%s', (_name, html, kept) => {
    expect(afterRemoval(html)).toContain(kept);
  });
});
