import { describe, expect, test } from 'vitest';
import { runningTextBlock } from '../../../dom/detection/text-block';
import { page } from '../parse';

/** A story set as <br>-separated lines in a table cell is found; menus and link lists are not stories. */

const LINE = 'The council voted on Tuesday to rebuild the ferry pier before the summer season begins';
const doc = (body: string) => page(`<!doctype html><html><body>${body}</body></html>`);

describe('runningTextBlock', () => {
  test('finds the table cell holding a story in <br>-separated lines, bold runs folded in', () => {
    const cell = Array.from({ length: 16 }, (_, i) => `${LINE}, <b>line ${i}</b>, and the harbour master welcomed it.<br><br>`).join('');
    const found = runningTextBlock(doc(`<table><tr><td class="nav"><a href="/">Home</a></td><td id="story">${cell}</td></tr></table>`));
    expect(found?.id).toBe('story');
  });

  test('finds none in a page of links, however long their words', () => {
    const links = Array.from({ length: 60 }, (_, i) => `<a href="/s/${i}">${LINE} (${i})</a><br>`).join('');
    expect(runningTextBlock(doc(`<td>${links}</td>`))).toBeNull();
  });

  test('finds none in short lines, nor in a script', () => {
    const short = Array.from({ length: 80 }, (_, i) => `Item ${i}: 4 eggs<br>`).join('');
    const script = `<script>${'var pageConfig = { tracking: true, region: "north" };'.repeat(60)}</script>`;
    expect(runningTextBlock(doc(`<div>${short}</div>${script}`))).toBeNull();
  });
});
