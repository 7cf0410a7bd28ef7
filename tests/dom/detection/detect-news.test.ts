import { describe, expect, test } from 'vitest';
import { newsReasonLines } from '../../../cli/news-reasons';
import { DETECTION_TUNING, withWeights } from '../../../core/detection/news-signals';
import { detectNews } from '../../../dom/detection/detect-news';
import { readMetadata } from '../../../dom/metadata/read-metadata';
import { page } from '../parse';

/** Detection on small pages written for each signal: what must read as news and what must not. */

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells what happened in the valley on Monday, who said what about it and what happens next, at enough length to read like an article.</p>`).join('');
const NEWS_MENU = '<nav><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a></nav>';
const PRODUCT_MENU = '<nav><a href="/pricing">Pricing</a><a href="/docs">Docs</a><a href="/careers">Careers</a><a href="/blog">Blog</a></nav>';
const ORGANISATION_MENU =
  '<nav><a href="/join">Membership</a><a href="/benefits">Member Benefits</a><a href="/board">Board of Directors</a><a href="/policy">Public Policy</a>' +
  '<a href="/advocacy">Advocacy</a><a href="/cert">Certification</a><a href="/webinars">Webinars</a><a href="/news">News</a></nav>';
/** Menus and teasers that a health site prints as paragraphs above its story. */
const FURNITURE = Array.from({ length: 12 }, (_, i) => `<p>Menu entry ${i + 1}</p>`).join('');
const NEWS_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"Platform"}}</script>';
const articleHead = '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-12T10:00:00Z">';

function verdict(head: string, body: string, url: string | null) {
  const doc = page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return detectNews(doc, url, readMetadata(doc, url));
}

describe('must read as news', () => {
  test.each([
    ['JSON-LD NewsArticle', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>', `<article>${PROSE}</article>`, 'https://ledger.example/x'],
    ['an outlet’s article page with section menus', articleHead, `${NEWS_MENU}<article>${PROSE}</article>`, 'https://ledger.example/world/2025/03/12/leaders-meet-in-temirsk'],
    ['a portal story addressed by a query string', articleHead, `<article>${PROSE}</article>`, 'https://headlines.portal.example/hl?a=20170309-35097838-wire-sci'],
    ['a story under a compact date', '', `${NEWS_MENU}<article>${PROSE}</article>`, 'https://news.portal.example/a/20161014/017894.htm'],
    ['a wire story with a dateline and no metadata', '', `<article><p>KRASNOVEL, Sept 17 (Eastgate Wire) - The two leaders met on Wednesday.</p>${PROSE}</article>`, 'https://wire.example/world/leaders-meet-krasnovel-pipeline-talks'],
    ['a report whose dated dateline sits below the page furniture, at a neutral address', '', `${FURNITURE}<div><p>Mar. 4, 2024 -- Children who learn to swim early sleep better, a study of 1,200 families suggests.</p>${PROSE}</div>`, 'https://example.org/view'],
    ['a page from before structured data, with the day and writer printed under its headline', '<title>Council approves new ferry pier</title>', `<h1>Council approves new ferry pier</h1><p class="byline">By Ana Ruiz</p><p>March 12, 2008</p>${PROSE}`, 'http://www.valleypost.example/local/ferry-pier.html'],
    [
      'a story followed by many related-story teasers in <article> elements',
      '<meta property="article:published_time" content="2025-03-12T10:00:00Z">',
      `<article><h1>Valley choir tops the spring charts</h1><p class="byline">By Ana Ruiz</p>${PROSE}${PROSE}</article>${Array.from({ length: 8 }, (_, i) => `<article><a href="/music/${i}">Another music story ${i}</a></article>`).join('')}`,
      'https://ledger.example/music/valley-choir-tops-the-spring-charts',
    ],
  ])('%s', (_name, head, body, url) => {
    expect(verdict(head, body, url).isNews).toBe(true);
  });

  test('a report from before structured data that quotes people, and the same text unquoted does not pass', () => {
    const said = (open: string, close: string) =>
      Array.from({ length: 4 }, (_, i) => `<p>${open}We will rebuild the pier by the spring,${close} the harbour master said on Monday, speaking for the ${i + 1}th time to a crowd of fishermen at the quay.</p>`).join('');
    const url = 'http://www.valleypost.example/stories/0312-harbour.html';
    const quoted = verdict('<title>Harbour pier to be rebuilt</title>', `${said('“', '”')}${PROSE}`, url);
    expect(quoted.reasons.map((r) => r.id)).toContain('quoted-speech');
    expect(quoted.isNews).toBe(true);
    const unquoted = verdict('<title>Harbour pier to be rebuilt</title>', `${said('', '')}${PROSE}`, url);
    expect(unquoted.reasons.map((r) => r.id)).not.toContain('quoted-speech');
    expect(unquoted.isNews).toBe(false);
    // A post that calls itself one: blog posts quote too, so there the quotations count for nothing.
    const post = verdict(`${articleHead}<script type="application/ld+json">{"@type":"BlogPosting","headline":"x"}</script>`, `${said('“', '”')}${PROSE}`, url);
    expect(post.reasons.map((r) => r.id)).toContain('readable-body');
    expect(post.reasons.map((r) => r.id)).not.toContain('quoted-speech');
  });

  test('a report from before structured data that credits a news agency, and the same text uncredited does not pass', () => {
    const url = 'http://www.valleypost.example/local/council-approves-new-ferry-pier.html';
    const lead = (credit: string) => `<p>PORT HALVA${credit} — The council approved a new ferry pier on Monday after a year of talks with the harbour board and the fishermen.</p>`;
    const credited = verdict('<title>Council approves new ferry pier</title>', `${lead(' (AP)')}${PROSE}`, url);
    expect(credited.reasons.map((r) => r.id)).toContain('wire-credit');
    expect(credited.isNews).toBe(true);
    const uncredited = verdict('<title>Council approves new ferry pier</title>', `<p>The council approved a new ferry pier on Monday after a year of talks with the harbour board and the fishermen.</p>${PROSE}`, url);
    expect(uncredited.reasons.map((r) => r.id)).not.toContain('wire-credit');
    expect(uncredited.isNews).toBe(false);
  });

  test('a plain 500-character Chinese report with a headline, a date and og:type "article" is news at an address that says nothing', () => {
    const sentence = '市政府周一宣布，连接两岸的渡轮将于下月恢复运营。交通局官员表示，新码头的建设已经完成，首批船只正在进行最后的安全检查。';
    const paragraphs = Array.from({ length: 6 }, () => `<p>${sentence}${sentence.slice(0, 25)}</p>`).join('');
    expect(paragraphs.replace(/<[^>]+>/g, '').length).toBeGreaterThanOrEqual(500);
    const doc = page(`<!doctype html><html lang="zh"><head><meta property="og:type" content="article"><title>渡轮下月恢复运营</title></head><body><h1>渡轮下月恢复运营</h1><p>2024年3月12日</p>${paragraphs}</body></html>`);
    const v = detectNews(doc, 'https://example.org/view', readMetadata(doc, 'https://example.org/view'));
    expect(v.reasons.map((r) => r.id)).toContain('readable-body');
    expect(v.isNews).toBe(true);
  });

  test('a story set as <br>-separated lines in a table cell reads as a body of text, not as no article', () => {
    const cell = Array.from({ length: 14 }, (_, i) => `The council voted on Tuesday to rebuild the ferry pier, item ${i} of the plan, before the summer season.<br><br>`).join('');
    const v = verdict('<title>Council approves ferry pier</title>', `<table><tr><td>${cell}</td></tr></table>`, 'http://www.valleypost.example/stories/0312-pier.html');
    const ids = v.reasons.map((r) => r.id);
    expect(ids).toContain('text-block');
    expect(ids).not.toContain('unreadable-body');
  });
});

describe('must not read as news', () => {
  test.each([
    ['a front page', articleHead, `${NEWS_MENU}${PROSE}`, 'https://ledger.example/'],
    ['a language edition’s front page', articleHead, `${NEWS_MENU}${PROSE}`, 'https://ledger.example/es/'],
    ['a company blog post', articleHead, `${PRODUCT_MENU}<article>${PROSE}</article>`, 'https://www.tools.example/blog/how-we-scaled-our-queue-workers'],
    ['a post on a blog host', articleHead, `<article>${PROSE}</article>`, 'https://someone.blogspot.com/2016/05/open-verilog-flow.html'],
    ['a wiki page', '', PROSE, 'https://en.wikipedia.org/wiki/Meridian_Cooperation_Organization'],
    ['a search page', articleHead, PROSE, 'https://ledger.example/search?q=summit'],
    ['a product page', '<script type="application/ld+json">{"@type":"Product","name":"Jacket"}</script>', PROSE, 'https://shop.example/storm-shell-jacket'],
    ['a page with no body', articleHead, '', 'https://ledger.example/world/2025/03/12/leaders-meet'],
    ['a personal blog named after its author', `${articleHead}<meta name="author" content="Mira Kowalczyk">`, `<article>${PROSE}</article>`, 'https://mirakowalczyk.example/2024/05/anomaly-detection-in-sql-queries'],
    ['an engineering blog by its host', articleHead, `<article>${PROSE}</article>`, 'https://hacks.tools.example/2015/03/this-api-is-so-fetching/'],
    ['a how-to with news keywords', '<title>How to Stop Buying Things You Don’t Need</title><meta property="og:type" content="article"><meta name="news_keywords" content="money"><meta name="author" content="Pat Allen">', `<article>${PROSE}</article>`, 'https://lifetips.example/how-to-stop-buying-things-you-dont-need-1690268064'],
    ['an association’s post under /news/', `${articleHead}<meta property="article:section" content="News">`, `${ORGANISATION_MENU}<article>${PROSE}</article>`, 'https://www.adbureau.example/news/lean'],
    ['a team’s engineering blog on a platform that calls every post a NewsArticle', `${articleHead}${NEWS_LD}<meta name="author" content="Vincent Vale">`, `<article>${PROSE}</article>`, 'https://medium.com/acme-engineering/node-profiling-in-production-without-downtime-d6e62af173e2'],
    ['a wiki page at a neutral address, known by the software that builds it', `${articleHead}<meta name="generator" content="MediaWiki 1.41.0">`, PROSE, 'https://lore.example/Meridian_Cooperation_Organization'],
    ['a forum thread known by its software', '<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse">', `<article>${PROSE}</article>`, 'https://talk.example/t/summit-plans/4412'],
    ['an about page', articleHead, `<article>${PROSE}</article>`, 'https://ledger.example/about-us/our-newsroom-and-its-history'],
    ['a drug database entry', articleHead, `<article>${PROSE}</article>`, 'https://medref.example/drugs/valdorinol-tablets-dosage-and-side-effects'],
    ['a tourism page', articleHead, `<article>${PROSE}</article>`, 'https://visit-norvik.example/things-to-do/harbour-walks-and-ferry-trips'],
    [
      'a recipe whose structured data also calls it an article',
      `${articleHead}<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"Soup"},{"@type":"Recipe","name":"Soup"}]}</script><meta property="article:section" content="Soups">`,
      `<article>${PROSE}</article>`,
      'https://cook.example/valley-lentil-soup',
    ],
    ['a story chapter whose only sign is the date printed under its heading', '<title>Chapter 7: The Lantern Road</title>', `<h1>Chapter 7: The Lantern Road</h1><p>March 12, 2019</p>${PROSE}`, 'https://example.org/view'],
    [
      'a journal’s paper, dated, authored and typed as an article, known by its citation tags',
      `${articleHead}<meta name="citation_title" content="Tidal patterns"><meta name="citation_doi" content="10.5555/tides.2025.12"><meta name="citation_journal_title" content="Journal of Harbours">`,
      `<h1>Tidal patterns in a closed harbour</h1><p class="byline">By Ana Ruiz</p>${PROSE}`,
      'https://journals.example/article/tidal-patterns-in-a-closed-harbour',
    ],
    ['a personal post on a platform that calls every post a NewsArticle', `${articleHead}${NEWS_LD}<meta name="author" content="John Welk">`, `<article>${PROSE}</article>`, 'https://medium.com/@johnwelk/samantha-and-the-great-big-lie-d146a92473a1'],
  ])('%s', (_name, head, body, url) => {
    expect(verdict(head, body, url).isNews).toBe(false);
  });

  test('a blogging platform’s NewsArticle claim counts for less than an outlet’s', () => {
    const body = `<article>${PROSE}</article>`;
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>';
    const onPlatform = verdict(`${articleHead}${ld}<meta property="og:site_name" content="Substack">`, body, 'https://letters.example/p/the-valley-after-the-floods');
    const atOutlet = verdict(`${articleHead}${ld}<meta property="og:site_name" content="Valley Post">`, body, 'https://letters.example/p/the-valley-after-the-floods');
    expect(newsReasonLines(onPlatform.reasons).join(' ')).toMatch(/blogging platform/);
    expect(onPlatform.score).toBeLessThan(atOutlet.score);
  });

  test('every verdict explains itself', () => {
    const v = verdict(articleHead, `${PRODUCT_MENU}<article>${PROSE}</article>`, 'https://www.tools.example/blog/how-we-scaled');
    expect(newsReasonLines(v.reasons).join(' ')).toMatch(/blog|company/);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(1);
  });
});

describe('the weights are the tuning table’s', () => {
  const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>';
  const body = `<article>${PROSE}</article>`;
  const url = 'https://ledger.example/x';

  test('a sweep that silences structured data turns the verdict', () => {
    const doc = page(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
    const meta = readMetadata(doc, url);
    expect(detectNews(doc, url, meta).isNews).toBe(true);
    const swept = detectNews(doc, url, meta, withWeights(DETECTION_TUNING, { 'news-type': 0, 'readable-body': 0 }));
    expect(swept.isNews).toBe(false);
    expect(swept.reasons.find((r) => r.id === 'news-type')?.weight).toBe(0);
  });

  test('reasons are ids with the weight they were given, strongest first', () => {
    const v = verdict(head, body, url);
    expect(v.reasons.map((r) => r.id)).toContain('news-type');
    const strengths = v.reasons.map((r) => Math.abs(r.weight));
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });
});
