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

export function siteSignals(doc: Document, add: AddSignal): void {
  const links = doc.getElementsByTagName('a');
  const sections = new Set<string>();
  const product = new Set<string>();
  const count = Math.min(links.length, MAX_LINKS);
  for (let i = 0; i < count; i++) {
    const text = links[i]!.textContent?.trim().toLowerCase();
    if (!text || text.length > 30) continue;
    if (NEWS_SECTIONS.has(text)) sections.add(text);
    else if (PRODUCT_WORDS.has(text)) product.add(text);
  }
  if (sections.size >= 4) add(1, `its menus name news sections (${[...sections].slice(0, 4).join(', ')})`);
  if (product.size >= 3 && sections.size < 4) add(-1.5, `its menus are a company’s (${[...product].slice(0, 3).join(', ')})`);
}
