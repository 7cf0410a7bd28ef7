import { describe, expect, test } from 'vitest';
import { readArticleMetadata } from '../../../dom/metadata/article-metadata';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { addressDate, localiseToPrintedDay, titleDate, visibleDate } from '../../../dom/metadata/visible-date';
import { page } from '../parse';

/** Metadata as the reader of an article sees it: the headline, the byline and date under it, the masthead. */

const NOW = Date.parse('2025-06-01T00:00:00Z');

function seen(head: string, body: string, url: string | null = null) {
  const doc = page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return readArticleMetadata(doc, readMetadata(doc, url, NOW), null, NOW);
}

describe('the visible headline', () => {
  test.each([
    ['wins over a rewritten social title when the <title> confirms it', '<title>Why Neon Lit Up the Century - Valley Post</title><meta property="og:title" content="The Modern Ambitions Behind Neon">', '<article><h1>Why Neon Lit Up the Century</h1></article>', 'Why Neon Lit Up the Century'],
    ['wins when it is marked up as the headline', '<title>A Brief History of Neon - Valley Post</title><meta property="og:title" content="The Modern Ambitions Behind Neon">', '<h1 itemprop="headline">Why Neon Lit Up the Century</h1>', 'Why Neon Lit Up the Century'],
    ['is found past a slideshow caption’s <h1>', '<title>Ferry service halted at Carrow</title>', '<article><h1>In this photo taken on Tuesday the pier is seen</h1><h1>Ferry service halted at Carrow</h1></article>', 'Ferry service halted at Carrow'],
    ['drops the syndication credit the title adds', '<title>港湾の新しい橋が開通、通勤時間が半分に（海港ニュース） - ポータルニュース</title><meta property="og:site_name" content="ポータルニュース">', '<h1>港湾の新しい橋が開通、通勤時間が半分に</h1>', '港湾の新しい橋が開通、通勤時間が半分に'],
    ['is the first part of a title whose tail names no known site', '<title>Temirsk Summit - Meridian Wiki</title><script type="application/ld+json">{"@type":"Article","headline":"2025 meeting of the bloc","publisher":{"@type":"Organization","name":"Wiki Foundation"}}</script>', '<h1>Temirsk Summit</h1>', 'Temirsk Summit'],
    ['leaves out the section the title puts first', '<title>Politics | Floods cut off villages in the valley | Valley Post</title><meta property="og:site_name" content="Valley Post">', '<article><h1>Floods cut off villages in the valley</h1></article>', 'Floods cut off villages in the valley'],
    ['wins over a title that words it a little differently', '<title>Floods cut off twelve villages in the valley - Valley Post</title><meta property="og:site_name" content="Valley Post">', '<article><h1>Floods cut off villages in the valley</h1></article>', 'Floods cut off villages in the valley'],
  ])('%s', (_name, head, body, title) => {
    expect(seen(head, body).title).toBe(title);
  });

  test.each([
    ['a logo in an <h1> is no headline', '<title>Valley Post</title><meta property="og:title" content="Floods cut off villages">', '<h1>Weather warnings</h1>', 'Floods cut off villages'],
    ['a logo <h1> is no headline when the title puts the site first', '<title>Valley Post - Floods cut off villages</title><meta property="og:site_name" content="Valley Post">', '<h1>Valley Post</h1><h2>Floods cut off villages</h2>', 'Floods cut off villages'],
    ['a social title that is the site’s own name is no headline', '<title>Floods cut off villages</title><meta name="application-name" content="Harbor Portal News - Latest News"><meta property="og:title" content="Harbor Portal News - Latest News">', '<h1>Valley</h1>', 'Floods cut off villages'],
  ])('%s', (_name, head, body, title) => {
    expect(seen(head, body).title).toBe(title);
  });
});

describe('the title without the site’s name and section', () => {
  test.each([
    ['loses the site’s address put first', 'https://www.ledger.com/a/1', '<title>ledger.com -- Stadium turf is terrible, says coach</title>', '<p>Stadium turf is terrible, says coach</p>', 'Stadium turf is terrible, says coach'],
    ['loses the site spelled out and the section put first', 'https://www.radionz.example/news/1', '<title>Radio North Zone News : Latest News : Summer report: local papers</title>', '<p>Summer report: local papers</p>', 'Summer report: local papers'],
    ['keeps a first part whose initials happen to spell the site', 'https://www.ledger.com/a/1', '<title>Large Earthquake Devastates Gulf Eastern Region : Twelve towns cut off overnight</title>', '<p>x</p>', 'Large Earthquake Devastates Gulf Eastern Region : Twelve towns cut off overnight'],
    ['loses a section put between it and the site’s name', 'https://www.tech.example/news/1', '<title>Do small laptops threaten the big ones? - News - Tech.example</title>', '<p>x</p>', 'Do small laptops threaten the big ones?'],
    ['keeps a kind label put between it and the site’s name', 'https://valleypost.example/a/1', '<title>Floods cut off villages in the valley - Live - Valley Post</title><meta property="og:site_name" content="Valley Post">', '<p>x</p>', 'Floods cut off villages in the valley - Live'],
  ])('%s', (_name, url, head, body, title) => {
    expect(seen(head, body, url).title).toBe(title);
  });
});

describe('the printed publication date', () => {
  test.each([
    ['beside the byline', '<h1>Floods cut off villages</h1><div class="byline">By Ana Ruiz <span class="buzz_datetime">posted on April 21, 2024, at 11:29 a.m.</span></div>', '2024-04-21T11:29:00'],
    ['in the author line, after the headline, not the masthead’s today', '<header><p class="today-date">Thursday, May 29, 2025</p></header><h1>Floods cut off villages</h1><div class="article-author"><span>Joe Wee</span> <span>Monday, February 26, 2024 @ 11:10 PM UTC</span></div>', '2024-02-26T23:10:00Z'],
    ['not in a sidebar’s teaser list', '<h1>Floods cut off villages</h1><ul class="related-posts"><li><span class="date">March 3, 2024</span></li></ul><p class="post-date">March 9, 2024</p>', '2024-03-09'],
    ['not an update', '<h1>Floods cut off villages</h1><p class="meta-date">Updated 3 hours ago</p><p class="meta-date">Published March 9, 2024</p>', '2024-03-09'],
    ['from a CJK publication time', '<h1>海港城新建跨海大桥今日通车</h1><span id="pubtime">2024年09月18日 08:30</span>', '2024-09-18T08:30:00'],
    ['on an unmarked line under the headline', '<h1>Floods cut off villages</h1><p>March 12, 2025</p><p>The river rose overnight and cut off the valley.</p>', '2025-03-12'],
    ['in a field named in the page’s language', '<h1>Floods cut off villages</h1><span class="fecha">12 de marzo de 2025</span>', '2025-03-12'],
    ['in French on an unmarked line', '<h1>Floods cut off villages</h1><p class="info">Publié le 12 mars 2025 à 10h15</p>', '2025-03-12T10:15:00'],
    ['in Chinese on an unmarked line', '<h1>Floods cut off villages</h1><div class="info">2025年3月12日 10:15</div>', '2025-03-12T10:15:00'],
  ])('%s', (_name, body, iso) => {
    expect(seen('<title>Floods cut off villages</title>', body).publishedTime).toBe(iso);
  });

  test.each([
    ['at the top of the story’s container, split from the time by a break', '<h1>Floods cut off villages</h1><table><tr><td><div id="storyBody"><p>Posted Jan. 5, 2008<br>3:47 PM</p><p>The river rose overnight and cut off the valley, leaving hundreds of families without power or roads for the second night running.</p></div></td></tr></table>', '2008-01-05'],
    ['as a bare run of text in the story’s cell', '<h1>Floods cut off villages</h1><font class="story">Valley Press Agency<br>Monday, January 14, 2008 (Valley):<br>The river rose overnight and cut off the valley, leaving hundreds of families without power or roads for the second night running.</font>', '2008-01-14'],
    ['between a comment and a break', '<h1>Floods cut off villages</h1><div class="top"><!-- Date and Byline --> Valley Rovers<br> Tuesday January 8, 2008 <!-- end --></div>', '2008-01-08'],
    ['before the word that brings the update', '<h1>Floods cut off villages</h1><div id="Byline">By Ana Ruiz, Valley Post<br>on October 31, 2012 at 5:00 PM, updated November 1, 2012 at 5:34 PM</div>', '2012-10-31T17:00:00'],
  ])('%s', (_name, body, iso) => {
    expect(seen('<title>Floods cut off villages</title>', body).publishedTime).toBe(iso);
  });

  test('bare runs of text are read for the reader, not for the news detector', () => {
    const doc = page('<h1>Floods cut off villages</h1><font class="story">Valley Press Agency<br>Monday, January 14, 2008 (Valley):<br>The river rose overnight and cut off the valley, leaving hundreds of families without power.</font>');
    const h1 = doc.querySelector('h1');
    expect(visibleDate(doc, h1, false)).toBeNull();
    expect(visibleDate(doc, h1, false, true)?.iso).toBe('2008-01-14');
  });

  test('a day inside a sentence of the story is no date line', () => {
    const body = '<h1>Floods cut off villages</h1><p>Covering the period from 1 November 2006 to 14 September 2007, the <a href="/r">report</a> noted the floods.</p>';
    expect(seen('<title>Floods cut off villages</title>', body).publishedTime).toBeNull();
  });

  test('a later day printed than the address holds is the masthead’s today, not the publication', () => {
    const body = '<div class="date">Tuesday, January 15, 2008</div><p>Home » Sports</p><p class="date">Article published Wednesday, January 2, 2008</p><b>Stadium turf is terrible, says coach</b><p>PITTSBURGH - The coach said…</p>';
    expect(seen('<title>ledger.example -- Stadium turf is terrible, says coach</title>', body, 'https://ledger.example/article?AID=/20080102/SPORTS/801020434').publishedTime).toBe('2008-01-02');
  });

  test('a slashed day read in the wrong order gives way to the address’s day', () => {
    const body = '<h1>Ten million views for a campaign video</h1><div class="post-time">09/08/12</div>';
    expect(seen('<title>Ten million views for a campaign video | Crunch</title>', body, 'https://crunch.example/2012/08/09/ten-million-views/').publishedTime).toBe('2012-08-09');
  });

  test('an unmarked "Updated" line is no publication date', () => {
    expect(seen('<title>Floods cut off villages</title>', '<h1>Floods cut off villages</h1><p>Updated March 14, 2025</p>').publishedTime).toBeNull();
  });

  test('the structured date wins when the printed one is another moment (a re-dated page)', () => {
    const head = '<meta property="article:published_time" content="2024-09-17T16:57:43+01:00">';
    expect(seen(head, '<h1>Hotel secrets</h1><time class="date">Friday 25 December 2024</time>').publishedTime).toBe('2024-09-17T16:57:43+01:00');
  });

  test('a UTC stamp takes the printed day: the same moment, at the page’s offset', () => {
    const body = '<h1>Ferry halted</h1><time class="date" datetime="2025-03-05T23:10:00Z">March 6, 2025</time>';
    expect(seen('<title>Ferry halted</title>', body).publishedTime).toBe('2025-03-06');
  });

  test('the date in the address when the page prints none', () => {
    expect(seen('<title>Floods</title>', '<h1>Floods cut off villages</h1><p>March 18 at 3:57 PM</p>', 'https://ledger.example/world/2024/03/18/floods-cut-off-villages').publishedTime).toBe('2024-03-18');
  });
});

describe('date helpers', () => {
  test.each([
    ['https://ledger.example/world/2015/03/18/floods/', '2015-03-18'],
    ['https://ledger.example/2015-03-18-floods', '2015-03-18'],
    ['https://portal.example/a/20161014/017894.htm', '2016-10-14'],
    ['https://portal.example/hl?a=20170309-35097838-wire-sci', '2017-03-09'],
    ['https://ledger.example/world/floods-2015', null],
    ['https://ledger.example/item/20159999', null],
    ['https://ledger.example/2031/01/01/future', null],
    // A CMS's timestamp to the minute or the second.
    ['https://radio.example/news/latest/200801140647/summer_report', '2008-01-14'],
    ['https://wire.example/story/20071229085406tsop.nb/top.html', '2007-12-29'],
    ['https://wire.example/story/200712291299/x', null],
  ])('addressDate %s → %s', (url, day) => {
    expect(addressDate(url, NOW)).toBe(day);
  });

  test.each([
    ['Una solución - 07.12.2017 - EL FARO SUR', '2017-12-07'],
    ['Floods cut off villages | Valley Post', null],
    ['Summit 2025: what to expect - Ledger', null],
    ['Wednesday, February 06, 2002 - Tower dog on duty - Valley View', '2002-02-06'],
    ['Floods on Wednesday, February 06, 2002 - Valley View', null],
  ])('titleDate %s → %s', (title, day) => {
    expect(titleDate(title, true)).toBe(day);
  });

  test.each([
    ['2016-12-01T23:29:49Z', { iso: '2016-12-02', hasTime: false }, '2016-12-02'],
    ['2015-03-12T13:11:07Z', { iso: '2015-03-12T09:11:00', hasTime: true }, null],
    ['2015-03-11T19:46:14Z', { iso: '2015-03-12T05:46:00', hasTime: true }, '2015-03-12T05:46:14+10:00'],
    ['2016-12-01T23:29:49-05:00', { iso: '2016-12-02', hasTime: false }, null],
    ['2016-12-01T23:29:49Z', { iso: '2016-12-09', hasTime: false }, null],
  ])('localiseToPrintedDay %s', (structured, printed, expected) => {
    expect(localiseToPrintedDay(structured, { ...printed, start: 0, end: 0, machine: null })).toBe(expected);
  });
});

describe('the byline under the headline', () => {
  test('on a page with no <h1>, the byline under the text that is the title', () => {
    const body = '<div class="menu"><span class="author">Sam Other</span></div><div class="post"><h2><a href="/x">Tiny studio submits its first game</a></h2><small>posted August 9th, 2012 1:00 PM EDT by Jo Nelson in <a href="/c">News</a>, <a href="/u">Upcoming Games</a></small><p>Early last month we took a look at the game.</p></div>';
    const seenPage = seen('<title>Tiny studio submits its first game | Arcade Post</title>', body, 'https://arcade.example/2012/08/09/tiny-studio/');
    expect(seenPage.authors).toEqual(['Jo Nelson']);
  });

  test.each([
    ['a rel=author link, past sidebar bylines', '<div class="sidebar"><span class="byline"><a href="/w/ruth">Ruth Lang</a></span></div><h1>Floods cut off villages</h1><span class="byline"><a rel="author" href="/w/ana">Ana (A.J.) Ruiz</a></span>', ['Ana (A.J.) Ruiz']],
    ['microdata co-authors', '<h1>Floods cut off villages</h1><p>Par <span itemprop="author">Léa Dubois</span> et <span itemprop="author">Paul Marin</span></p>', ['Léa Dubois', 'Paul Marin']],
    ['an author’s name inside a container that also holds the provider', '<h1>Floods cut off villages</h1><div class="author"><span class="byline">Mira Solberg</span> <span class="provider">Eastgate Wire</span></div>', ['Mira Solberg']],
    ['a degree and the desk dropped', '<h1>Floods cut off villages</h1><div class="author_fmt">By <a rel="author" href="/t">Tomas Ek, MA</a> Lakeside Health News</div>', ['Tomas Ek']],
    ['an agency credit is no byline, and Readability’s guess is not taken instead', '<h1>Floods cut off villages</h1><span class="author" itemprop="author"><span itemprop="name">AFP</span></span><ul><li><span class="authorname">Paul Marin</span></li></ul>', []],
    [
      'a byline in the article’s own footer, not the site footer’s',
      '<article><h1>Floods cut off villages</h1><p>Text.</p><footer class="entry-footer"><span class="byline">By <a rel="author" href="/a">Ana Ruiz</a></span></footer></article><footer class="site-footer"><span class="byline">Site Team Lead</span></footer>',
      ['Ana Ruiz'],
    ],
    ['the outlet’s own staff is no byline', '<h1>Floods cut off villages</h1><h5 class="article-posted-date">2/26/2024 7:11 AM PST <span class="byline">BY VALLEY STAFF</span></h5>', []],
  ])('%s', (_name, body, authors) => {
    expect(seen('<title>Floods cut off villages | Valley</title>', body).authors).toEqual(authors);
  });

  test('a meta author the page calls its editor is dropped', () => {
    const head = '<title>海港城新建跨海大桥今日通车_新闻_海港网</title><meta name="author" content="海港网林晓">';
    expect(seen(head, '<h1>海港城新建跨海大桥今日通车</h1><p>正文</p><div id="editor">[责任编辑：林晓]</div>').authors).toEqual([]);
  });

  test('a meta author nobody calls an editor stays', () => {
    expect(seen('<title>Floods</title><meta name="author" content="Ana Ruiz and Tom Lee">', '<h1>Floods cut off villages</h1>').authors).toEqual(['Ana Ruiz', 'Tom Lee']);
  });

  test('structured data names the authors first', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Bruno (Henrique Alves) Costa"}]}</script>';
    expect(seen(head, '<h1>Floods</h1><span class="byline">Ruth Lang</span>').authors).toEqual(['Bruno Costa']);
  });
});

describe('the outlet from the masthead', () => {
  test.each([
    ['the logo’s alt text when the head names no site', '<title>Children Who Swim Sleep Better</title>', '<a href="/"><img class="logo_main" src="/logo.png" alt="Lakeside Health: Better answers."></a><h1>Children Who Swim Sleep Better</h1>', null, 'Lakeside Health'],
    ['the logo’s name over a bare address', '<title>Games of the year</title>', '<img src="/img/valleylogo.png" title="Valley Finance"><h1>Games of the year</h1>', 'https://finance.valley.example/news/games-1700.html', 'Valley Finance'],
    ['the copyright line when nothing else names it', '<title>Floods</title>', '<h1>Floods cut off villages</h1><div class="copyright">©2005-2024 Lakeside Health, LLC. All rights reserved.</div>', null, 'Lakeside Health'],
    ['a brand hosted under a platform’s domain', '<title></title><meta property="og:site_name" content="Portal"><meta property="og:title" content="Veteran wraps baby in flag">', '<h1>Good Morning Valley</h1><h1>Veteran wraps baby in flag</h1>', 'https://gmv.portal.example/veteran-wraps-baby-in-flag-1752.html', 'Good Morning Valley'],
  ])('%s', (_name, head, body, url, siteName) => {
    expect(seen(head, body, url).siteName).toBe(siteName);
  });

  test.each([
    ['the address run together, written apart in the footer', '<title>Floods</title>', '<h1>Floods cut off villages</h1><p>Contact Valley Post</p><p>Copyright © 2008 Valley Post</p>', 'https://www.valleypost.example/floods-cut-off', 'Valley Post'],
    ['the domain the title puts first, written apart below', '<title>TheLedger.com : Floods cut off villages</title>', '<h1>Floods cut off villages</h1><p>© 2008 The Ledger. All rights reserved.</p>', 'https://www.theledger.example/a/1', 'The Ledger'],
    ['the site’s label under an edition’s subdomain', '<title>Floods</title>', '<h1>Floods cut off villages</h1><p>Copyright 2008 Silicon Valley Weekly</p>', 'https://management.siliconvalleyweekly.example/a/1', 'Silicon Valley Weekly'],
  ])('%s', (_name, head, body, url, siteName) => {
    expect(seen(head, body, url).siteName).toBe(siteName);
  });

  test.each([
    ['words that spell only part of the address', '<title>Floods</title>', '<h1>Floods cut off villages</h1><p>The Valley weather</p>', 'https://www.valleypost.example/a/1', 'Valleypost'],
    ['a name the site declares run together', '<title>Floods</title><meta property="og:site_name" content="ValleyPost">', '<h1>Floods cut off villages</h1><p>Copyright 2008 Valley Post</p>', 'https://www.valleypost.example/a/1', 'ValleyPost'],
    ['lower-case words that happen to spell it', '<title>Floods</title>', '<h1>Floods cut off villages</h1><p>the valley post office closed</p>', 'https://www.valleypost.example/a/1', 'Valleypost'],
  ])('keeps the name it had: %s', (_name, head, body, url, siteName) => {
    expect(seen(head, body, url).siteName).toBe(siteName);
  });

  test.each([
    ['a section after the name the address spells', '<title>The Long Night (2006) - Valleypost Film Review</title>', 'https://www.valleypost.example/film/1', 'Valleypost'],
    ['a tagline before the name the address spells', '<title>Floods</title><meta property="og:site_name" content="Valley News on Harbor Today">', 'https://www.harbortoday.example/a/1', 'Harbor Today'],
  ])('drops %s', (_name, head, url, siteName) => {
    expect(seen(head, '<h1>Floods cut off villages</h1>', url).siteName).toBe(siteName);
  });

  test.each([
    ['a publication word after the brand', '<title>Floods</title><meta property="og:site_name" content="Harbor News">', 'https://www.harbor.example/a/1', 'Harbor News'],
    ['a language edition', '<title>Floods</title><meta property="og:site_name" content="Harbor en Español">', 'https://www.harbor.example/es/a/1', 'Harbor en Español'],
    ['a brand named after its own subdomain', '<title>Floods</title><meta property="og:site_name" content="Harbor Finance">', 'https://finance.harbor.example/a/1', 'Harbor Finance'],
    ['a name the address spells whole', '<title>Floods</title><meta property="og:site_name" content="Harbor Evening News">', 'https://www.harboreveningnews.example/a/1', 'Harbor Evening News'],
    ['a place before the name the address spells', '<title>Floods</title><meta property="og:site_name" content="Northport Evening Post">', 'https://evening-post.example/a/1', 'Northport Evening Post'],
  ])('keeps %s', (_name, head, url, siteName) => {
    expect(seen(head, '<h1>Floods cut off villages</h1>', url).siteName).toBe(siteName);
  });

  test('a sponsor’s logo that does not match the address is not the outlet', () => {
    const body = '<img class="sponsor-logo" src="/s.png" alt="Invest Online"><h1>Floods cut off villages</h1>';
    expect(seen('<title>Floods</title>', body, 'https://www.valleypost.example/floods-cut-off').siteName).toBe('Valleypost');
  });
});
