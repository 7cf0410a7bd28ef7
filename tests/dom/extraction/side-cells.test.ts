import { describe, expect, test } from 'vitest';
import { articleText } from '../../../dom/extraction/article-text';
import { removeSideCells } from '../../../dom/extraction/side-cells';
import { page } from '../parse';

const STORY =
  '<p>The council voted on Tuesday to close the river crossing for repairs, a decision that will divert traffic through the town centre for at least six weeks.</p>' +
  '<p>Engineers found cracks in two of the bridge’s supports during an inspection last month, and said the work could not wait for the summer.</p>' +
  '<p>Shops on the high street asked for help with parking while the bridge is shut, and the council agreed to open its own car park on weekends.</p>' +
  '<p>A ferry will run every half hour from the old quay, free for residents, until the bridge reopens in the spring.</p>';

function cells(html: string): string {
  const doc = page(`<div id="root">${html}</div>`);
  const root = doc.getElementById('root')!;
  removeSideCells(root);
  return articleText(root).text;
}

describe('columns beside the story in a table row go', () => {
  test('a menu on the left and headlines on the right', () => {
    const text = cells(`<table><tr><td><a href="#">Home</a><br><a href="#">Sport</a></td><td>${STORY}</td><td><b>Columns</b><br><a href="#">Debt strategy</a><br>Ban the bulb</td></tr></table>`);
    expect(text).not.toMatch(/Home|Sport|Columns|Debt strategy|Ban the bulb/);
    expect(text).toContain('A ferry will run');
  });
});

describe('tables that are not columns stay', () => {
  test.each([
    ['a table of figures in a story', `${STORY}<table><tr><td>Bridge</td><td>6 weeks</td></tr><tr><td>Ferry</td><td>every 30 minutes</td></tr></table>`, 'every 30 minutes'],
    ['two columns of the story itself', `<table><tr><td>${STORY}</td><td>${STORY.replace('Tuesday', 'Wednesday')}</td></tr></table>`, 'Wednesday'],
  ])('%s', (_name, html, kept) => {
    expect(cells(html)).toContain(kept);
  });
});
