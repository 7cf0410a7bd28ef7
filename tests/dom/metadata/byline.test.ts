import { describe, expect, test } from 'vitest';
import { bylineNames } from '../../../dom/metadata/byline';

/** Bylines → the people who wrote the piece; desks, agencies, roles and degrees are no authors. */

describe('bylineNames keeps the people', () => {
  test.each([
    ['By Jane Doe', null, ['Jane Doe']],
    ['By Ana Ruiz, Tom Lee and Mia Chen', null, ['Ana Ruiz', 'Tom Lee', 'Mia Chen']],
    ['Ana Ruiz & Tom Lee', null, ['Ana Ruiz', 'Tom Lee']],
    ['Martin Ostrava (avec Léa Dubois et Paul Marin)', 'Le Quotidien', ['Martin Ostrava', 'Léa Dubois', 'Paul Marin']],
    ['Tomas Ek, MA Lakeside Health News', 'Lakeside Health', ['Tomas Ek']],
    ['Tomas Ek, MA', null, ['Tomas Ek']],
    ['Kira Holm Lakeside Health News', 'Lakeside Health', ['Kira Holm']],
    ['Jo Brandt Games Editor', null, ['Jo Brandt']],
    ['Jo Brandt, Political Correspondent', null, ['Jo Brandt']],
    ['Erin Vale Follow @erinvale', null, ['Erin Vale']],
    ['Ola Berg @olaberg', null, ['Ola Berg']],
    ['Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', null, ['Joe Wee']],
    // Initials a writer signs with stay; middle names the writer does not use go.
    ['Richard (R.J.) Ostrow', null, ['Richard (R.J.) Ostrow']],
    ['Bruno (Henrique Alves) Costa', null, ['Bruno Costa']],
    ['Ludwig van Horne', null, ['Ludwig van Horne']],
    ['GILLIAN MOHR', null, ['Gillian Mohr']],
    // Control characters go like spaces (tests/fuzz found "Jane\u0000 Doe" kept whole).
    ['By Jane\u0000 Doe\u001b', null, ['Jane Doe']],
    ['Harbor Wire Staff', 'Valley Post', ['Harbor Wire Staff']],
    ['张明', null, ['张明']],
    ['记者 陈思远 · 2025年3月14日 08:30', null, ['陈思远']],
    ['홍길동 기자', null, ['홍길동']],
    // A lead word ("de", "by") is a word: it does not eat the start of a name.
    ['Devindra Hardaway', null, ['Devindra Hardaway']],
    ['Bynum Carter', null, ['Bynum Carter']],
    // A section and a date before the "by" on the same line; a role or a syndicator after the name.
    ['Features / 1 day ago / by Lena Fark', null, ['Lena Fark']],
    ["Max B. Orrin Journal staff", null, ["Max B. Orrin"]],
    ['Nia Brook, Harbor View', null, ['Nia Brook']],
    ['Rita Oakes on Saturday, March 25th, 2017 at 12:30 p.m.', null, ['Rita Oakes']],
    // A date before the "by" with no separator; what old pages print after the name.
    ['16th Jan 2008, 09:28am by Dana McFerrin.', null, ['Dana McFerrin']],
    // A capital initial with its full stop is no conjunction ("e", "y", "i" join names in other languages).
    ['By MARA E. VOSS', null, ['Mara E. Voss']],
    ['Lena Y. Park', null, ['Lena Y. Park']],
    ['Ana Ruiz e Joe Wee', null, ['Ana Ruiz', 'Joe Wee']],
    // The site's address after a slash, and an agency's or paper's role after the name without a comma.
    ['Dale Orwin/Valleypost.com', null, ['Dale Orwin']],
    ['By Dale Orwin/Valleypost.com The Valley Ledger', null, ['Dale Orwin']],
    ['By Dale Orwin Associated Press Writer', null, ['Dale Orwin']],
    ['By DALE ORWIN AP Golf Writer', null, ['Dale Orwin']],
    ['Kira Holm Valley Herald Correspondent', null, ['Kira Holm']],
    ['posted August 9th, 2012 1:00 PM EDT by Jo Nelson in News, Upcoming Games', null, ['Jo Nelson']],
    ['By Jon Leydon ? More by this author', null, ['Jon Leydon']],
    ['By Jon Prado May/June 2003 pp. 26-33 (vol. 59, no. 03)', null, ['Jon Prado']],
    ['By Jon Smith Jr.', null, ['Jon Smith Jr.']],
    // Printed in lower case: a style, and an agency after the name.
    ['by tova lindqvist, associated press', null, ['Tova Lindqvist']],
  ])('%s', (raw, site, names) => {
    expect(bylineNames(raw, site)).toEqual(names);
  });
});

describe('bylineNames drops what is no person', () => {
  test.each([
    ['BY HARBOR STAFF', 'Harbor'],
    ['Our Foreign Staff', 'The Ledger'],
    ['The Editorial Board', 'The Ledger'],
    ['AFP', 'Le Quotidien'],
    ['Associated Press', 'Valley Post'],
    ['Valley Post', 'Valley Post'],
    ['By', null],
    ['Feed', null],
    ['Staff Writer', null],
    ['Sarah Archer is the author of The Kitchen Book.', null],
    ['Updated March 3, 2024', null],
    // Picture credits sit where bylines do ("Foto:", "Photo:", "Image:"): they name no writer.
    ['Foto: Anna Berg / dpa', 'Nordkurier'],
    ['Photo: Jane Doe/Harbor Images', null],
    ['Image: Tom Lee', null],
    ['Photograph by Mia Chen', null],
    ['© Ana Ruiz', null],
    // The outlet's own correspondent, and its staff under a short form of its name.
    ['Valley Post Correspondent', 'Valley Post'],
    ['Harbor Staff', 'Harbor Times'],
  ])('%s', (raw, site) => {
    expect(bylineNames(raw, site)).toEqual([]);
  });
});

describe('one-word names', () => {
  test.each([
    ['Pramod', true, ['Pramod']],
    ['Pramod', false, []],
    ['Admin', true, []],
    ['Staff', true, []],
    ['Newsroom', true, []],
  ])('%s (from an author-only field: %s)', (raw, lone, names) => {
    expect(bylineNames(raw, 'Valley Post', { lone })).toEqual(names);
  });
});
