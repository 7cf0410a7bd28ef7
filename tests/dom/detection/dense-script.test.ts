import { describe, expect, test } from 'vitest';
import { denseScriptWeight, textStart } from '../../../dom/detection/dense-script';
import { page } from '../parse';

/** The dense-script sample is read from the page's first text nodes, as its whole text would give it. */

describe('textStart', () => {
  const doc = page('<div>Ferry <b>resumes</b><script>var x = 1;</script></div><!-- a note --><table><tr><td>渡轮下月恢复运营</td></tr></table><p>  spaced  </p>');

  test.each([0, 1, 6, 13, 20, 24, 31, 40, 1000])('the first %i characters are textContent’s', (chars) => {
    expect(textStart(doc.body, chars)).toBe((doc.body.textContent ?? '').slice(0, chars));
  });
});

describe('denseScriptWeight', () => {
  test.each([
    ['Latin text', '<div>The ferry resumes next month, the harbour office said on Monday.</div>', 1, 1],
    ['Chinese text outside paragraphs', '<div>市政府周一宣布连接两岸的渡轮将于下月恢复运营</div>', 2.9, 3],
  ])('%s', (_name, html, low, high) => {
    const weight = denseScriptWeight(page(html));
    expect(weight).toBeGreaterThanOrEqual(low);
    expect(weight).toBeLessThanOrEqual(high);
  });
});
