import { describe, expect, test } from 'vitest';
import { wireCreditIn } from '../../../core/detection/wire-credit';

/** A news agency credited in running text, in the forms wire copy prints it, and the words that only look like one. */

describe('wireCreditIn', () => {
  test.each([
    ['a bracketed credit after the dateline', 'PORT HALVA (AP) — The ferry resumed service on Monday.', '(AP)'],
    ['a wire name in the text', 'The ministry confirmed the figures to Reuters on Tuesday.', 'Reuters'],
    ['a full agency name', 'Officials told Agence France-Presse the talks would resume.', 'Agence France-Presse'],
    ['a Korean agency', '시의회는 12일 새 부두 건설안을 통과시켰다고 밝혔다. (연합뉴스)', '연합뉴스'],
    ['a Chinese agency', '新华社北京3月12日电 市政府周一宣布渡轮将于下月恢复运营。', '新华社'],
    ['a German agency in brackets', 'Die Fähre fährt ab Montag wieder, teilte die Stadt mit (dpa).', '(dpa)'],
  ])('%s', (_name, text, agency) => {
    expect(wireCreditIn(['A short caption.', text])).toBe(agency);
  });

  test.each([
    ['an AP course, not in brackets', 'Students who pass the AP exam in May can skip the first-year course.'],
    ['a word that holds an agency name', 'The reutersville bakery opened its doors again.'],
    ['no agency at all', 'Preheat the oven and whisk the eggs with the sugar until pale.'],
  ])('none in %s', (_name, text) => {
    expect(wireCreditIn([text])).toBeNull();
  });
});
