import { describe, expect, test } from 'vitest';
import { isDatedCredit } from '../../../dom/extraction/dated-credit';
import { cleanContent } from '../../../dom/extraction/clean-content';
import { articleText } from '../../../dom/extraction/article-text';
import { page } from '../parse';

describe('isDatedCredit', () => {
  test.each([
    'Ledger Wire - March 3, 2026 4:13 PM ET',
    '3/14/2026, 8:34 a.m. EST The Ledger Wire',
    'Mar 12, 2026 2:04 AM (3 days ago) by Staff, The Hadley Examiner',
    'Last Update: 3/01 1:10 pm',
    'Tue. Mar. 8 2026 5:10 PM ET',
    '10:02 AM CST on Friday, 13 March 2026',
  ])('a dateline with its source or label: %s', (line) => {
    expect(isDatedCredit(line)).toBe(true);
  });

  test.each([
    ['a sentence that gives a time', 'The quake struck at 4:13 PM on March 11, 2026.'],
    ['a date with no time', 'Ledger Wire - March 3, 2026'],
    ['a time with no date', 'Doors open at 7:30 PM'],
    ['a score and a date', 'Hadley 2:1 Ledger City, March 3'],
    ['too long for a dateline', `Ledger Wire - March 3, 2026 4:13 PM ET ${'Hadley '.repeat(12)}`],
  ])('%s is not one', (_name, line) => {
    expect(isDatedCredit(line)).toBe(false);
  });
});

describe('cleanContent and datelines', () => {
  const story =
    '<p>The council voted on Tuesday to close the river crossing for repairs, a decision that will divert traffic through the town centre for at least six weeks.</p>' +
    '<p>Engineers found cracks in two of the bridge’s supports during an inspection last month, the council said.</p>';

  test('the dateline above the story goes, the story stays', () => {
    const doc = page(`<div id="root"><p>Ledger Wire - March 3, 2026 4:13 PM ET</p>${story}</div>`);
    const root = doc.getElementById('root')!;
    cleanContent(root);
    const text = articleText(root).text;
    expect(text).not.toContain('Ledger Wire');
    expect(text).toContain('Engineers found cracks');
  });

  test('the same line below the story’s first paragraph is left (a story may quote one)', () => {
    const doc = page(`<div id="root">${story}<p>Ledger Wire - March 3, 2026 4:13 PM ET</p></div>`);
    const root = doc.getElementById('root')!;
    cleanContent(root);
    expect(articleText(root).text).toContain('Ledger Wire');
  });
});
