import { describe, expect, test } from 'vitest';
import { classifyPiece, type PieceSignals } from '../../../core/piece-type';

const none: PieceSignals = { schemaTypes: [], schemaGenres: [], metaSections: [], labels: [], breadcrumbs: [], bylines: [], title: null, url: null };
const page = (signals: Partial<PieceSignals>): PieceSignals => ({ ...none, ...signals });

describe('what must be recognised', () => {
  test.each([
    ['schema OpinionNewsArticle', page({ schemaTypes: ['OpinionNewsArticle'] }), 'opinion', 'schema-type'],
    ['schema AnalysisNewsArticle', page({ schemaTypes: ['analysisnewsarticle'] }), 'analysis', 'schema-type'],
    ['schema BackgroundNewsArticle', page({ schemaTypes: ['BackgroundNewsArticle'] }), 'analysis', 'schema-type'],
    ['schema ReviewNewsArticle', page({ schemaTypes: ['ReviewNewsArticle'] }), 'review', 'schema-type'],
    ['schema SatiricalArticle', page({ schemaTypes: ['SatiricalArticle'] }), 'satire', 'schema-type'],
    ['schema AdvertiserContentArticle', page({ schemaTypes: ['AdvertiserContentArticle'] }), 'sponsored', 'schema-type'],
    ['schema LiveBlogPosting', page({ schemaTypes: ['LiveBlogPosting'] }), 'liveblog', 'schema-type'],
    ['JSON-LD genre', page({ schemaGenres: ['Opinion'] }), 'opinion', 'schema-genre'],
    ['section with a sub-desk', page({ metaSections: ['Opinion | Columnists'] }), 'opinion', 'meta-section'],
    ['article:opinion meta', page({ opinionFlag: true }), 'opinion', 'meta-section'],
    ['kicker "Paid post"', page({ labels: ['Paid post'] }), 'sponsored', 'page-label'],
    ['kicker "Partner content"', page({ labels: ['Partner Content'] }), 'sponsored', 'page-label'],
    ['breadcrumb', page({ breadcrumbs: ['Home', 'Opinion', 'Letters'] }), 'opinion', 'breadcrumb'],
    ['"Guest essay" byline', page({ bylines: ['Guest Essay by Ana Ruiz'] }), 'opinion', 'byline-form'],
    ['"Op-Ed" byline', page({ bylines: ['Op-Ed: Why the bridge must wait'] }), 'opinion', 'byline-form'],
    ['letter to the editor', page({ bylines: ['Letter to the editor'] }), 'opinion', 'byline-form'],
    ['sponsor line', page({ bylines: ['Sponsored by Acme Bank'] }), 'sponsored', 'byline-form'],
    ['press release formula', page({ bylines: ['March 3 — FOR IMMEDIATE RELEASE'] }), 'press-release', 'byline-form'],
    ['headline prefix', page({ title: 'Analysis: The ferry plan has a cost problem' }), 'analysis', 'title-label'],
    ['liveblog headline', page({ title: 'Harbour storm – live' }), 'liveblog', 'title-label'],
    ['/opinion/ folder', page({ url: 'https://news.example/opinion/2024/05/on-ferries' }), 'opinion', 'address-section'],
    ['/commentisfree/ folder', page({ url: 'https://news.example/commentisfree/2012/nov/01/x' }), 'opinion', 'address-section'],
    ['/sponsored/ folder', page({ url: 'https://news.example/sponsored/a-better-bank' }), 'sponsored', 'address-section'],
    ['/live/ before a slug', page({ url: 'https://news.example/news/live/harbour-storm-updates' }), 'liveblog', 'address-section'],
    ['paidpost subdomain', page({ url: 'https://paidpost.news.example/acme/story.html' }), 'sponsored', 'address-host'],
    ['press-release wire', page({ url: 'https://www.prnewswire.com/news-releases/acme-123.html' }), 'press-release', 'address-host'],
    ['satirical site', page({ url: 'https://www.theonion.com/man-does-thing-123' }), 'satire', 'address-host'],
    ['a Tribune ".column" page', page({ url: 'https://www.paper.example/features/sfl-ferry-jan14,0,123.column?coll=x' }), 'opinion', 'address-section'],
    [
      "a columnist's surname before the headline's colon",
      page({ schemaTypes: ['NewsArticle'], title: 'MARLOWE: The ferry board forgot who rides it', bylines: ['MARLOWE: The ferry board forgot who rides it', 'Ida Marlowe DAILY PAPER'] }),
      'opinion',
      'title-label',
    ],
    ["a hyphenated surname", page({ title: 'WEST-OKAFOR: Ferries are a right', bylines: ['By Ada West-Okafor'] }), 'opinion', 'title-label'],
  ])('%s', (_name, signals, kind, reason) => {
    const result = classifyPiece(signals);
    expect(result.kind).toBe(kind);
    expect(result.reasons[0]?.id).toBe(reason);
  });
});

describe('other languages', () => {
  test.each([
    ['Meinung', 'opinion'], ['Kommentar', 'opinion'], ['Gastbeitrag', 'opinion'], ['Anzeige', 'sponsored'],
    ['Tribune', 'opinion'], ['Éditorial', 'opinion'], ['Publi-rédactionnel', 'sponsored'], ['Contenu sponsorisé', 'sponsored'],
    ['Opinión', 'opinion'], ['Publicidad', 'sponsored'], ['Contenido patrocinado', 'sponsored'],
    ['Opinione', 'opinion'], ['Commento', 'opinion'], ['Contenuto sponsorizzato', 'sponsored'],
    ['Opinião', 'opinion'], ['Publieditorial', 'sponsored'],
    ['Мнение', 'opinion'], ['Колонка', 'opinion'], ['Реклама', 'sponsored'], ['На правах рекламы', 'sponsored'],
    ['Думка', 'opinion'], ['Партнерський матеріал', 'sponsored'],
    ['Interview', 'interview'], ['Entretien', 'interview'], ['Інтерв’ю', 'interview'], ['Rezension', 'review'],
    ['Pressemitteilung', 'press-release'], ['Liveticker', 'liveblog'], ['Satire', 'satire'],
  ])('section "%s" is %s', (label, kind) => {
    expect(classifyPiece(page({ metaSections: [label] })).kind).toBe(kind);
  });

  test.each([
    ['https://zeitung.example/meinung/kommentar-zur-faehre-1.html', 'opinion'],
    ['https://journal.example/idees/article/2024/05/tribune.html', 'opinion'],
    ['https://diario.example/opinion/columna-1.html', 'opinion'],
  ])('address %s is %s', (url, kind) => {
    expect(classifyPiece(page({ url })).kind).toBe(kind);
  });
});

describe('what must not be labelled', () => {
  test.each([
    ['a section about opinion polls', page({ metaSections: ['Opinion polls'], schemaTypes: ['NewsArticle'] })],
    ['an /opinion-polls/ folder', page({ url: 'https://news.example/politics/opinion-polls/ferry-vote-poll' })],
    ['the story slug names an op-ed', page({ url: 'https://news.example/news/mayor-answers-op-ed' })],
    ['a standfirst that mentions an op-ed', page({ bylines: ['The mayor replied to an op-ed published on Sunday'] })],
    ['a line about a government sponsor', page({ bylines: ['The ferry trial is sponsored by the government'] })],
    ['an ad slot label near the headline', page({ labels: ['Advertisement', 'Anzeige', 'Реклама'] })],
    ['a "Sponsored by:" ad-slot caption', page({ labels: ['Sponsored by:'] })],
    ['a /live/ CMS folder', page({ url: 'https://paper.example/pages/live/articles/sport/football.html' })],
    ['a newspaper named Public Opinion', page({ title: 'Public Opinion - Paterno entertains on eve of bowl' })],
    ['a headline that is a sentence about opinion', page({ title: 'Opinion is divided on the ferry plan' })],
    ['a ".story" page of the same CMS', page({ url: 'https://www.paper.example/news/local/sfl-ferry-jan14,0,123.story' })],
    ['"column" in the slug', page({ url: 'https://news.example/news/ferry-column-collapses.html' })],
    ['a capitalised acronym before the colon', page({ title: 'OLPC: Ferry board gives little', bylines: ['By Ida Marlowe'] })],
    ['"EXCLUSIVE:" over any byline', page({ title: 'EXCLUSIVE: Ferry board resigns', bylines: ['Exclusive to the Daily Paper, by Ida Marlowe'] })],
    ['a surname prefix no byline names', page({ title: 'MARLOWE: Ferry board names a new chair', bylines: ['By Tom Reyes'] })],
  ])('%s', (_name, signals) => {
    const result = classifyPiece(signals);
    expect(['report', 'unknown']).toContain(result.kind);
  });

  test('ReportageNewsArticle outranks a loose label', () => {
    expect(classifyPiece(page({ schemaTypes: ['ReportageNewsArticle'], labels: ['Opinion'] })).kind).toBe('report');
  });

  test('a schema.org opinion type outranks a report section', () => {
    expect(classifyPiece(page({ schemaTypes: ['OpinionNewsArticle'], metaSections: ['World'] })).kind).toBe('opinion');
  });

  test('sponsorship wins over another label of the same trust', () => {
    expect(classifyPiece(page({ labels: ['Opinion'], bylines: ['Sponsored by Acme Bank'] })).kind).toBe('sponsored');
  });
});

describe('report and unknown', () => {
  test('a page typed NewsArticle with a news desk is a report, and says why', () => {
    const result = classifyPiece(page({ schemaTypes: ['NewsArticle'], metaSections: ['World'] }));
    expect(result).toEqual({ kind: 'report', reasons: [{ id: 'news-type', evidence: 'NewsArticle' }, { id: 'news-section', evidence: 'World' }] });
  });

  test('a page that says nothing is unknown, with no reasons', () => {
    expect(classifyPiece(page({ title: 'Ferry resumes after storm', url: 'https://paper.example/story/123' }))).toEqual({ kind: 'unknown', reasons: [] });
  });

  test('a recipe desk is not evidence of a report', () => {
    expect(classifyPiece(page({ metaSections: ['Food'] })).kind).toBe('unknown');
  });

  test('evidence is bounded and one line', () => {
    const long = `Opinion | ${'x'.repeat(150)}\n`;
    const result = classifyPiece(page({ metaSections: [long] }));
    expect(result.kind).toBe('opinion');
    expect(result.reasons[0]!.evidence.length).toBeLessThanOrEqual(120);
    expect(result.reasons[0]!.evidence).not.toMatch(/\n/);
  });
});
