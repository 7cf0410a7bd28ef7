import { describe, expect, test } from 'vitest';
import { articleText } from '../../../dom/extraction/article-text';
import { removeTeaserRuns } from '../../../dom/extraction/teaser-runs';
import { page } from '../parse';

const STORY =
  '<p>The council voted on Tuesday to close the river crossing for repairs, a decision that will divert traffic through the town centre for at least six weeks.</p>' +
  '<p>Engineers found cracks in two of the bridge’s supports during an inspection last month, the council said.</p>';

function afterRemoval(html: string): string {
  const doc = page(`<div id="root">${STORY}${html}</div>`);
  const root = doc.getElementById('root')!;
  removeTeaserRuns(root);
  return articleText(root).text;
}

const teaser = (title: string, summary = '') => `<div><a href="#">${title}</a><br>${summary}</div>`;

describe('lists of other stories go', () => {
  test.each([
    [
      'linked headlines with summaries, under a heading',
      '<h3>More</h3>' +
        teaser('Harbour reopens after storm', 'Ferries ran again on Friday, the port authority said.') +
        teaser('School budget approved', 'The board passed the plan by five votes to two.') +
        teaser('Library extends its hours', 'Branches will open on Sundays from March.'),
    ],
    [
      'list items that are linked headlines with paragraphs',
      '<ul><li><a href="#">Harbour reopens after storm</a><p>Ferries ran again on Friday.</p></li>' +
        '<li><a href="#">School budget approved</a><p>The board passed the plan.</p></li>' +
        '<li><a href="#">Library extends its hours</a><p>Branches will open on Sundays.</p></li></ul>',
    ],
    [
      'list items of linked titles and dates',
      '<ul><li><a href="#">Harbour reopens after storm</a><br>Jan 4, 2008</li><li><a href="#">School budget approved</a><br>Jan 3, 2008</li>' +
        '<li><a href="#">Library extends its hours</a><br>Jan 2, 2008</li></ul>',
    ],
  ])('%s', (_name, html) => {
    const text = afterRemoval(html);
    expect(text).not.toMatch(/Harbour|School budget|Library|More/);
    expect(text).toContain('Engineers found cracks');
  });
});

describe('the story stays', () => {
  test.each([
    [
      'paragraphs that open with a linked name',
      '<p><a href="#">Jane Doe</a> said the closure was overdue.</p><p><a href="#">John Roe</a> said traders would suffer.</p>' +
        '<p><a href="#">Ann Poe</a> asked for a temporary footbridge.</p>',
      'asked for a temporary footbridge',
    ],
    [
      'a listicle: headings that are links, each with its paragraph',
      '<h3><a href="#">“Harbour Run” ($20)</a></h3><p>A race along the quay against the ferry.</p>' +
        '<h3><a href="#">“Bridge Builder” ($15)</a></h3><p>Patch the supports before the traffic comes.</p>' +
        '<h3><a href="#">“Night Ferry” ($10)</a></h3><p>Steer the last boat home through the fog.</p>',
      'Steer the last boat home',
    ],
    [
      'two linked headlines only',
      teaser('Harbour reopens after storm', 'Ferries ran again.') + teaser('School budget approved', 'The board passed the plan.'),
      'School budget approved',
    ],
    [
      'a byline link on its own line before the story',
      '<div>by <a href="#">Jane Doe</a>, Staff<br><p>The works begin on Monday.</p><p>Buses will stop at the station.</p><p>Cyclists may still cross.</p></div>',
      'Cyclists may still cross',
    ],
    [
      'a linked headline followed by the story going on',
      teaser('Harbour reopens after storm', 'Ferries ran again.') + teaser('School budget approved') + '<p>The mayor spoke first.</p><p>Then the vote was taken.</p>',
      'Then the vote was taken',
    ],
  ])('%s', (_name, html, kept) => {
    const text = afterRemoval(html);
    expect(text).toContain(kept);
    expect(text).toContain('Engineers found cracks');
  });
});
