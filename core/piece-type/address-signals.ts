import type { PieceKind } from './piece-kind';

/**
 * What an article's address says of its kind: a folder of the path (`/opinion/`,
 * `/meinung/`, `/sponsored/`), or a host that publishes only one kind (press-release
 * wires, satirical sites, `paidpost.` subdomains). Only whole folders count, so
 * `/opinion-polls/` is not `/opinion/`; the last segment (the story's slug) never counts.
 */

type Kind = Exclude<PieceKind, 'report' | 'unknown'>;

const FOLDERS: Record<Kind, string[]> = {
  opinion: [
    'opinion', 'opinions', 'commentisfree', 'comment', 'editorial', 'editorials', 'op-ed', 'op-eds', 'oped', 'columns',
    'columnists', 'letters', 'meinung', 'kommentar', 'kommentare', 'gastbeitrag', 'gastbeitraege', 'leitartikel', 'kolumnen',
    'tribune', 'tribunes', 'idees', 'opinion-es', 'opiniao', 'opinione', 'opinioni', 'editoriale', 'editoriali', 'columnas',
    'colunas', 'colunistas', 'mnenie', 'mneniya', 'opinions-column', 'dumka', 'dumky', 'kolonka', 'kolonki', 'blogi-mneniya',
  ],
  analysis: ['analysis', 'news-analysis', 'explainer', 'explainers', 'analyse', 'analisis', 'analisi', 'analise', 'analytics-opinion'],
  review: ['review', 'reviews', 'film-reviews', 'book-reviews', 'kritik', 'kritiken', 'critiques', 'recensioni', 'resenas', 'criticas'],
  interview: ['interview', 'interviews', 'entretien', 'entretiens', 'entrevista', 'entrevistas', 'intervista', 'interviste', 'intervyu', 'interviu'],
  liveblog: ['live-blog', 'liveblog', 'live-updates', 'live-news', 'liveticker', 'en-direct', 'en-vivo', 'ao-vivo', 'diretta'],
  'press-release': ['press-release', 'press-releases', 'pressreleases', 'pressrelease', 'press_releases', 'pressemitteilung', 'pressemitteilungen', 'communiques', 'comunicados', 'comunicati-stampa'],
  satire: ['satire', 'satira'],
  sponsored: [
    'sponsored', 'sponsored-content', 'sponsor-content', 'paid-post', 'paidpost', 'paid-content', 'partner-content',
    'partnercontent', 'advertorial', 'advertorials', 'brandvoice', 'branded-content', 'brand-content', 'anzeige', 'publireportage',
    'publirreportaje', 'publiredazionale', 'contenido-patrocinado', 'conteudo-patrocinado', 'contenu-sponsorise', 'spetsproekt',
  ],
};

const HOSTS: Record<'press-release' | 'satire', string[]> = {
  'press-release': [
    'prnewswire.com', 'businesswire.com', 'globenewswire.com', 'accesswire.com', 'einpresswire.com', 'prweb.com',
    'newswire.ca', 'marketwired.com', 'presseportal.de', 'ots.at', 'openpr.com', 'prlog.org', 'newswire.com', 'pressat.co.uk',
  ],
  satire: [
    'theonion.com', 'babylonbee.com', 'clickhole.com', 'thebeaverton.com', 'newsthump.com', 'waterfordwhispersnews.com',
    'der-postillon.com', 'legorafi.fr', 'elmundotoday.com', 'lercio.it', 'sensacionalista.com.br', 'panorama.pub',
    'thedailymash.co.uk', 'newsbiscuit.com', 'duffelblog.com',
  ],
};

/** First labels of a host that only sponsored content lives under. */
const SPONSORED_SUBDOMAINS = new Set(['paidpost', 'sponsored', 'sponsorcontent', 'brandstudio', 'partners-content']);

/** The segment after `/live/` must look like a story (a year or a slug), not a CMS folder (`/pages/live/articles/`). */
const STORY_AFTER_LIVE = /^(\d{4}|[\p{L}\d]+-[\p{L}\d-]+)$/u;

const FOLDER_KIND = new Map<string, Kind>();
for (const [kind, folders] of Object.entries(FOLDERS) as [Kind, string[]][]) for (const f of folders) FOLDER_KIND.set(f, kind);

export interface AddressMatch {
  kind: Kind;
  from: 'address-host' | 'address-section';
  evidence: string;
}

export function kindOfAddress(address: string | null): AddressMatch | null {
  if (!address || address.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  for (const [kind, hosts] of Object.entries(HOSTS) as ['press-release' | 'satire', string[]][]) {
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) return { kind, from: 'address-host', evidence: host };
  }
  if (SPONSORED_SUBDOMAINS.has(host.split('.')[0] ?? '')) return { kind: 'sponsored', from: 'address-host', evidence: host };
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean).map(safeDecode);
  // Tribune's old CMS (Sun-Sentinel, Los Angeles Times, Chicago Tribune) named a column's
  // page `….column` where a story's is `….story`: a file type, not words of the slug.
  if (segments.at(-1)?.endsWith('.column')) return { kind: 'opinion', from: 'address-section', evidence: '.column' };
  const folders = segments.slice(0, -1);
  for (const [i, segment] of folders.entries()) {
    const kind = FOLDER_KIND.get(segment);
    if (kind) return { kind, from: 'address-section', evidence: `/${segment}/` };
    if (segment === 'live' && STORY_AFTER_LIVE.test(segments[i + 1] ?? '')) return { kind: 'liveblog', from: 'address-section', evidence: '/live/' };
  }
  return null;
}

/** Desks of a newsroom in the address: a weak sign that the page is filed as news. */
const NEWS_FOLDERS = new Set(['news', 'nachrichten', 'noticias', 'notizie', 'actualite', 'actualites', 'noticia', 'novosti', 'novyny', 'world', 'politics', 'politik', 'politique', 'politica']);

export function newsFolder(address: string | null): string | null {
  if (!address || address.length > 2048) return null;
  try {
    const segments = new URL(address).pathname.toLowerCase().split('/').filter(Boolean).slice(0, -1);
    const found = segments.find((s) => NEWS_FOLDERS.has(s));
    return found ? `/${found}/` : null;
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  } catch {
    return segment;
  }
}
