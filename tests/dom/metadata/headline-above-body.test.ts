import { describe, expect, test } from 'vitest';
import { readArticleMetadata } from '../../../dom/metadata/article-metadata';
import { headlineAboveBody } from '../../../dom/metadata/headline-above-body';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { page } from '../parse';

/** The headline standing above the story's body, on pages whose titles confirm no <h1>. */

const NOW = Date.parse('2025-06-01T00:00:00Z');
const LEAD = 'The river rose overnight and cut off twelve villages in the valley, leaving hundreds of families without power or roads.';

/** The body as extraction hands it over: an element of another document holding the lead. */
function body(): Element {
  return page(`<div><p>${LEAD}</p><p>Crews worked through the night.</p></div>`).body.firstElementChild!;
}

function seen(head: string, html: string) {
  const doc = page(`<!doctype html><html lang="en"><head>${head}</head><body>${html}</body></html>`);
  return readArticleMetadata(doc, readMetadata(doc, 'https://valleypost.example/a/1', NOW), body(), NOW);
}

describe('the headline above the body', () => {
  test.each([
    ['a headline cell under a <title> that is the paper’s tagline', '<title>Valley Post – the valley’s top-selling daily - World</title>', `<table><tr><td class="title">Floods cut off villages in the valley</td></tr><tr><td><p>${LEAD}</p></td></tr></table>`, 'Floods cut off villages in the valley'],
    ['a headline span under a <title> that is a section', '<title>Valley Sport</title>', `<table><tr><td class="article_header"><span class="article_headline">Rovers beat United to go top</span></td></tr></table><p>${LEAD}</p>`, 'Rovers beat United to go top'],
    ['an <h2> under the section’s <h1>, the <title> naming another story', '<title>Valley Post - Mayor opens new bridge</title>', `<h1>Sports</h1><h2>Rovers beat United to go top</h2><p>Posted March 3, 2008</p><p>${LEAD}</p>`, 'Rovers beat United to go top'],
    ['the headline, not the standfirst nearer the body', '<title>Valley Post</title>', `<h2>Floods cut off villages in the valley</h2><h3>Hundreds of families are without power tonight</h3><p>${LEAD}</p>`, 'Floods cut off villages in the valley'],
    ['a bold line when the page has no <title>', '', `<table><tr><td><a href="/print">Print</a> <b><font>Floods cut off villages in the valley</font></b><hr><p>${LEAD}</p></td></tr></table>`, 'Floods cut off villages in the valley'],
    ['a bold line the <title> holds after the site’s name', '<title>Valley Post, Valley News and Weather - Floods cut off villages in the valley</title>', `<table><tr><td><font><b>Floods cut off villages in the valley</b></font><br><p>${LEAD}</p></td></tr></table>`, 'Floods cut off villages in the valley'],
  ])('%s', (_name, head, html, title) => {
    expect(seen(head, html).title).toBe(title);
  });

  test.each([
    ['a bold line the <title> does not hold', '<title>Mayor opens the new bridge over the river</title>', `<p><b>Floods cut off villages in the valley</b><br>${LEAD}</p>`, 'Mayor opens the new bridge over the river'],
    ['a linked teaser above the body', '<title>Mayor opens the new bridge over the river</title>', `<div class="title"><a href="/b">Floods cut off villages in the valley</a></div><p>${LEAD}</p>`, 'Mayor opens the new bridge over the river'],
    ['a byline', '<title>Mayor opens the new bridge over the river</title>', `<h2>By Ana Ruiz and Joe Wee</h2><p>${LEAD}</p>`, 'Mayor opens the new bridge over the river'],
    ['a date', '<title>Mayor opens the new bridge over the river</title>', `<h3>Monday, March 3, 2008</h3><p>${LEAD}</p>`, 'Mayor opens the new bridge over the river'],
    ['a subtitle', '<title>Mayor opens the new bridge over the river</title>', `<div class="subtitle">Hundreds of families are without power</div><p>${LEAD}</p>`, 'Mayor opens the new bridge over the river'],
  ])('is not %s', (_name, head, html, title) => {
    expect(seen(head, html).title).toBe(title);
  });

  test('is not looked for when the <title>’s own text stands on the page', () => {
    const html = `<p class="kicker">Mayor opens the new bridge over the river</p><h3>Hundreds of families are without power</h3><p>${LEAD}</p>`;
    expect(seen('<title>Mayor opens the new bridge over the river</title>', html).title).toBe('Mayor opens the new bridge over the river');
  });

  test('anchors the date printed under it', () => {
    const html = `<div class="date">March 1, 2008</div><div class="title">Floods cut off villages in the valley</div><p class="posted">Posted March 3, 2008</p><p>${LEAD}</p>`;
    expect(seen('<title>Valley Post</title>', html).publishedTime).toBe('2008-03-03');
  });

  test('needs the body found on the page', () => {
    const doc = page('<h2>Floods cut off villages in the valley</h2><p>Another text entirely, long enough to be a paragraph of some story or other on the page.</p>');
    expect(headlineAboveBody(doc, body(), null)).toBeNull();
    expect(headlineAboveBody(doc, null, null)).toBeNull();
  });
});
