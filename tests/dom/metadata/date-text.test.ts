import { describe, expect, test } from 'vitest';
import { parseDateText, readDateValue } from '../../../dom/metadata/date-text';

/** Dates as pages print them: the wall clock the reader sees is kept, zones become offsets. */

const LATEST = Date.parse('2026-01-01T00:00:00Z');

describe('parseDateText reads', () => {
  test.each([
    ['posted on April 21, 2024, at 11:29 a.m.', '2024-04-21T11:29:00'],
    ['Sunday, Feb 1, 2015 11:57 AM UTC', '2015-02-01T11:57:00Z'],
    ['Monday, February 29, 2016 @ 11:10 PM UTC', '2016-02-29T23:10:00Z'],
    ['2/26/2015 7:11 AM PST BY HARBOR STAFF', '2015-02-26T07:11:00-08:00'],
    ['Mar. 4, 2024 -- Doctors in Carrow said', '2024-03-04'],
    ['13. März 2015, 21:30 Uhr', '2015-03-13T21:30:00'],
    ['4 mai 2015 à 18h05', '2015-05-04T18:05:00'],
    ['7 de diciembre de 2017', '2017-12-07'],
    ['1 listopadu 2021', '2021-11-01'],
    ['2016年10月14日07:17', '2016-10-14T07:17:00'],
    ['07.12.2017', '2017-12-07'],
    ['2017-03-10 09:58:03', '2017-03-10T09:58:03'],
    ['Friday 25 December 2015', '2015-12-25'],
    // JavaScript's Date#toString, as some CMSs print it into meta tags: the wall clock stays.
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13T21:30:09-05:00'],
    ['Sat Dec 07 2024 01:36:41 GMT+0000 (UTC)', '2024-12-07T01:36:41+00:00'],
    // The published date, not the update printed after it.
    ['Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC', '2024-12-06T22:00:00Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text, { latest: LATEST })?.iso).toBe(iso);
  });

  // Month names and orders of languages beyond the first dozen (each failed before month-names.ts).
  test.each([
    ['7. joulukuuta 2025 klo 14.05', '2025-12-07T14:05:00'],
    ['7 Aralık 2025 14:05', '2025-12-07T14:05:00'],
    ['7 грудня 2025, 14:05', '2025-12-07T14:05:00'],
    ['7 decembrie 2025', '2025-12-07'],
    ['7 Desember 2025', '2025-12-07'],
    ['7 augusti 2025', '2025-08-07'],
    ["7 d'octubre de 2025", '2025-10-07'],
    ['7 de desembre del 2025', '2025-12-07'],
    ['7 Δεκεμβρίου 2025', '2025-12-07'],
    ['7 декември 2025', '2025-12-07'],
    ['7. prosinca 2025.', '2025-12-07'],
    ['7 दिसंबर 2025', '2025-12-07'],
    ['٧ ديسمبر ٢٠٢٥', '2025-12-07'],
    ['7 בדצמבר 2025', '2025-12-07'],
    ['7 ธันวาคม 2568', '2025-12-07'],
    ['2025. december 7. 14:05', '2025-12-07T14:05:00'],
    ['2025 m. gruodžio 7 d.', '2025-12-07'],
    ['2025. 12. 7. 오후 2:05', '2025-12-07'],
    ['Thứ Hai, 7 tháng 12, 2025', '2025-12-07'],
    ['ngày 7 tháng 12 năm 2025', '2025-12-07'],
    // A Polish November is no Croatian October: one word, two languages, the first table row wins.
    ['7 listopada 2025', '2025-11-07'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text, { latest: LATEST })?.iso).toBe(iso);
  });

  test('slashed dates read day first when the page is not in US English', () => {
    expect(parseDateText('03/04/2024', { dayFirst: true, latest: LATEST })?.iso).toBe('2024-04-03');
    expect(parseDateText('03/04/2024', { latest: LATEST })?.iso).toBe('2024-03-04');
    expect(parseDateText('25/04/2024', { latest: LATEST })?.iso).toBe('2024-04-25');
  });
});

describe('parseDateText refuses', () => {
  test.each([
    ['Updated 3 hours ago'],
    ['Last Updated: January 7, 2025'],
    ['March 18 at 3:57 PM'],
    ['3/9(木) 18:45配信'],
    ['31 February 2015'],
    ['In 2015 the council met twice'],
    ['24/7/365 support'],
    ['June 1, 2031'],
    ['Aktualisiert am 7. Dezember 2025'],
    ['Päivitetty 7. joulukuuta 2025'],
    ['Обновлено 7 декабря 2025'],
    ['Mac 10 2025 edition'],
  ])('%s', (text) => {
    expect(parseDateText(text, { latest: LATEST })).toBeNull();
  });
});

describe('readDateValue', () => {
  test.each([
    ['2024-07-03T19:11:00-04:00', '2024-07-03T19:11:00-04:00'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13T21:30:09-05:00'],
    ['1 day ago', null],
    ['3 ore fa', null],
    ['3 дня назад', null],
    ['3 saat önce', null],
    ['3時間前', null],
    ['3시간 전', null],
    ['', null],
  ])('%s → %s', (value, iso) => {
    expect(readDateValue(value)).toBe(iso);
  });
});
