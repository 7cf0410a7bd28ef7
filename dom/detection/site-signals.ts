import { metasByName } from './first-element';
import type { AddSignal } from './url-signals';

/**
 * What the site's own navigation says about it. An outlet's menus name news sections
 * (World, Politics, Business, Sport, Opinion); a company blog's menus name products,
 * pricing and careers. Only link texts are read, and only the first few hundred links.
 */

const MAX_LINKS = 300;

const NEWS_SECTIONS = new Set(
  (
    'world|politics|business|economy|sport|sports|opinion|opinions|culture|science|health|technology|tech|entertainment|' +
    'lifestyle|local|national|international|us|uk|europe|asia|africa|americas|middle east|markets|climate|education|' +
    'media|travel|weather|obituaries|editorials|investigations|elections|crime|' +
    'monde|politique|économie|international|société|idées|sciences|' +
    'welt|politik|wirtschaft|kultur|wissen|panorama|meinung|' +
    'mundo|política|economía|deportes|sociedad|opinión|internacional|' +
    'mondo|politica|economia|cronaca|esteri|' +
    '国内|国际|财经|体育|娱乐|科技|军事|社会|评论|' +
    'мир|политика|экономика|общество|спорт|культура'
  ).split('|'),
);

const PRODUCT_WORDS = new Set(
  // Words a company's own menus have and a newsroom's do not (newsrooms have careers and sign-up links too).
  'pricing|plans|features|solutions|customers|enterprise|integrations|docs|documentation|api|try for free|book a demo|request a demo|contact sales|free trial'.split(
    '|',
  ),
);

/**
 * Words of an association's, a charity's or an advocacy group's menus: members, boards,
 * giving, campaigning. A newsroom asks for members and gifts too, so these count only
 * where the menus name no news sections, and only several together.
 */
const ORGANISATION_WORDS = new Set(
  (
    'membership|member benefits|member directory|member center|our members|who are our members|renew your membership|' +
    'board of directors|officers and board|leadership|advocacy|public policy|federal advocacy|take action|how you can help|' +
    'make a gift|monthly giving|other ways to give|ways to give|volunteer|our mission|our work|what we do|who we are|' +
    'annual report|financial info and reports|local affiliates|chapters|certification|webinars|training|conferences|' +
    'press releases|case studies|white papers|research & thought leadership'
  ).split('|'),
);

/** Software that builds wikis, documentation, forums and Q&A sites: what it serves is no news article. */
const REFERENCE_SOFTWARE = /^(?:mediawiki|dokuwiki|tiddlywiki|confluence|docusaurus|sphinx|mkdocs|gitbook|vitepress|docsify|discourse|phpbb|vbulletin|xenforo|invision|mybb|smf|question2answer|askbot|answerhub)\b/i;
/** Static-site builders and marketing platforms: personal and company blogs, rarely a newsroom. */
const SITE_BUILDER = /^(?:jekyll|hugo|gatsby|pelican|hexo|astro|eleventy|zola|nikola|hubspot|wix\.com|squarespace|webflow)\b/i;

/** `metas`: the page's <meta>s by name (first-element.ts), when the caller has read them already. */
export function siteSignals(doc: Document, add: AddSignal, metas: ReadonlyMap<string, Element> = metasByName(doc)): void {
  const generator = metas.get('generator')?.getAttribute('content')?.trim().slice(0, 60) ?? '';
  if (REFERENCE_SOFTWARE.test(generator)) add('reference-software', generator.split(/\s/)[0]);
  else if (SITE_BUILDER.test(generator)) add('site-builder', generator.split(/\s/)[0]);
  const links = doc.getElementsByTagName('a');
  const sections = new Set<string>();
  const company = new Set<string>();
  const count = Math.min(links.length, MAX_LINKS);
  for (let i = 0; i < count; i++) {
    // Lower-cased only once it is short enough to be a menu word: most long link texts are headlines.
    const trimmed = links[i]!.textContent?.trim();
    if (!trimmed || trimmed.length > 40) continue;
    const text = trimmed.toLowerCase();
    if (NEWS_SECTIONS.has(text)) {
      sections.add(text);
      // Four sections are the news menus whatever the other links say: the rest is not read.
      if (sections.size >= 4) break;
    } else if (PRODUCT_WORDS.has(text) || ORGANISATION_WORDS.has(text)) company.add(text);
  }
  if (sections.size >= 4) add('news-menus', [...sections].slice(0, 4).join(', '));
  else if (company.size >= 3) {
    // The more of them, the surer: a trade body's site names a dozen.
    add(company.size >= 6 ? 'organisation-menus-many' : 'organisation-menus', [...company].slice(0, 3).join(', '));
  }
}
