import { describe, expect, test } from 'vitest';
import { articleText } from '../../../dom/extraction/article-text';
import { removeBeforeHeadline } from '../../../dom/extraction/before-headline';
import { page } from '../parse';

const STORY =
  '<p>The council voted on Tuesday to close the river crossing for repairs, a decision that will divert traffic through the town centre for at least six weeks.</p>' +
  '<p>Engineers found cracks in two of the bridge’s supports during an inspection last month, and said the work could not wait for the summer.</p>' +
  '<p>Shops on the high street asked for help with parking while the bridge is shut, and the council agreed to open its own car park on weekends.</p>' +
  '<p>A ferry will run every half hour from the old quay, free for residents, until the bridge reopens in the spring.</p>';
const TITLE = 'Council shuts river bridge for repairs';

function cut(html: string, title: string | null = TITLE): string {
  const doc = page(`<div id="root">${html}</div>`);
  const root = doc.getElementById('root')!;
  removeBeforeHeadline(root, title);
  return articleText(root).text;
}

describe('what sits above the headline goes', () => {
  test.each([
    ['a promotion above an <h2> headline', `<div><b>Great deals this week</b><p>Half price at the market on Friday!</p></div><h2>${TITLE}</h2>${STORY}`, TITLE],
    ['a section menu above a headline in a table cell', `<table><tr><td>Home</td><td>Local news</td></tr></table><div><font size="4"><b>${TITLE}</b></font></div>${STORY}`, TITLE],
    ['a site and section name around the title', `<p>Other headlines today</p><h3>${TITLE}</h3>${STORY}`, `Valley Post | LOCAL NEWS | ${TITLE}`],
  ])('%s', (_name, html, title) => {
    const text = cut(html, title);
    expect(text).not.toMatch(/Great deals|Half price|Home|Local news|Other headlines/);
    expect(text).not.toContain(TITLE);
    expect(text.startsWith('The council voted')).toBe(true);
  });
});

describe('the story stays whole', () => {
  test.each([
    ['no headline in the element', `<p>Opening line.</p>${STORY}`, TITLE],
    ['a headline with little story after it (a teaser of the same story)', `<p>Opening line.</p>${STORY}<h2>${TITLE}</h2><p>One line.</p>`, TITLE],
    ['a title too short to find', `<p>Opening line.</p><h2>Bridge shut</h2>${STORY}`, 'Bridge shut'],
    ['no title', `<p>Opening line.</p>${STORY}`, null],
  ])('%s', (_name, html, title) => {
    const text = cut(html, title);
    expect(text.startsWith('Opening line.')).toBe(true);
    expect(text).toContain('open its own car park');
  });
});
