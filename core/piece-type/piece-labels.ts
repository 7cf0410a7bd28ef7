import type { PieceKind } from './piece-kind';
import { labelParts, normalizeLabel } from './normalize-label';

/**
 * The outlets' own names for kinds of piece, in English, German, French, Spanish,
 * Italian, Portuguese, Russian and Ukrainian, folded by `normalizeLabel`. A label
 * matches only as a whole part of a field ("Opinion", "Opinion | Columnists"), never
 * as a word inside one: "Opinion polls" and "Sponsored by the government" match nothing.
 * "Sponsored by:" alone is left out: on old pages it names the sponsor of an ad slot.
 *
 * `GENERIC_AD_WORDS` also name the advertising slots every page carries ("Advertisement",
 * "Anzeige", "Реклама" above a banner), so they count in section fields, breadcrumbs
 * and titles but not as a loose label near the headline.
 */

type Table = Record<Exclude<PieceKind, 'report' | 'unknown'>, string[]>;

const RAW: Table = {
  opinion: [
    'opinion', 'opinions', 'op-ed', 'op-eds', 'oped', 'op ed', 'editorial', 'editorials', 'our view', 'comment is free',
    'commentary', 'guest essay', 'guest column', 'guest opinion', 'columnists', 'column', 'columns', 'viewpoint', 'viewpoints',
    'letters to the editor', 'letter to the editor', 'opinion column', 'the editorial board',
    'meinung', 'meinungen', 'kommentar', 'kommentare', 'gastbeitrag', 'gastkommentar', 'leitartikel', 'kolumne', 'standpunkt',
    'tribune', 'tribunes', 'editorial', 'chronique', 'point de vue', 'billet', 'courrier des lecteurs', 'idees',
    'opinion', 'columna', 'tribuna', 'articulo de opinion', 'cartas al director', 'punto de vista',
    'opinione', 'opinioni', 'editoriale', 'editoriali', 'commento', 'commenti', 'punto di vista', 'lettere al direttore',
    'opiniao', 'coluna', 'colunas', 'colunistas', 'artigo de opiniao', 'ponto de vista',
    'мнение', 'мнения', 'колонка', 'колонки', 'авторская колонка', 'точка зрения', 'редакционная статья',
    'думка', 'думки', 'авторська колонка', 'точка зору', 'погляд',
  ],
  analysis: [
    'analysis', 'news analysis', 'explainer', 'explained', 'analyse', 'hintergrund', 'decryptage', 'analisis', 'analisi',
    'analise', 'аналитика', 'анализ', 'аналіз', 'аналітика',
  ],
  review: [
    'review', 'reviews', 'film review', 'book review', 'album review', 'theatre review', 'kritik', 'rezension', 'critique',
    'critica', 'resena', 'recensione', 'recensioni', 'рецензия', 'рецензія',
  ],
  interview: ['interview', 'q&a', 'entretien', 'entrevista', 'intervista', 'интервью', "інтерв'ю", 'интервью'],
  liveblog: [
    'live', 'live blog', 'liveblog', 'live updates', 'live coverage', 'as it happened', 'liveticker', 'live-ticker', 'ticker',
    'en direct', 'direct', 'en vivo', 'en directo', 'directo', 'diretta', 'in diretta', 'ao vivo', 'онлайн', 'трансляция',
    'онлайн-трансляция', 'наживо', 'онлайн-трансляція',
  ],
  'press-release': [
    'press release', 'news release', 'pressemitteilung', 'communique de presse', 'communique', 'comunicado de prensa',
    'comunicato stampa', 'comunicado de imprensa', 'пресс-релиз', 'прес-реліз',
  ],
  satire: ['satire', 'satira', 'сатира'],
  sponsored: [
    'sponsored', 'sponsored content', 'sponsored post', 'sponsored article', 'sponsor content', 'paid post', 'paid content',
    'paid partnership', 'partner content', 'partner contents', 'from our partners', 'advertisement feature',
    'advertising feature', 'advertiser content', 'advertorial', 'promoted content', 'branded content', 'brand content',
    'brandvoice', 'gesponsert', 'bezahlter beitrag', 'publireportage', 'publi-redactionnel',
    'contenu sponsorise', 'contenu de marque', 'contenido patrocinado', 'patrocinado', 'publirreportaje',
    'contenido de marca', 'contenuto sponsorizzato', 'sponsorizzato', 'publiredazionale', 'conteudo patrocinado',
    'publieditorial', 'conteudo de marca', 'на правах рекламы', 'партнерский материал', 'партнерский проект',
    'на правах реклами', 'партнерський матеріал', 'партнерський проєкт', 'спецпроект', 'спецпроєкт',
  ],
};

export const GENERIC_AD_WORDS = new Set(
  ['advertisement', 'anzeige', 'werbung', 'publicite', 'publicidad', 'pubblicita', 'publicidade', 'реклама'].map(normalizeLabel),
);

/** Labels too often something else to count near a headline: comment links, the TV "Live" badge. */
const LOOSE_UNSAFE = new Set(['commento', 'commenti', 'column', 'live', 'direct', 'directo', 'ticker', 'онлайн', 'idees', 'billet'].map(normalizeLabel));

const TABLE = new Map<string, Exclude<PieceKind, 'report' | 'unknown'>>();
for (const [kind, words] of Object.entries(RAW) as [keyof Table, string[]][]) {
  for (const word of words) TABLE.set(normalizeLabel(word), kind);
}
for (const word of GENERIC_AD_WORDS) TABLE.set(word, 'sponsored');

export interface LabelMatch {
  kind: Exclude<PieceKind, 'report' | 'unknown'>;
  /** The part of the field that matched, folded. */
  label: string;
}

/**
 * The kind a field names, if any. `loose` is for text found near the headline rather
 * than in a field made for it: there a generic ad word or an ambiguous label is ignored.
 * Sponsorship wins over any other label in the same field ("Opinion | Paid post").
 */
export function kindOfLabel(text: string, loose = false): LabelMatch | null {
  if (text.length > 200) return null;
  let found: LabelMatch | null = null;
  for (const part of labelParts(text)) {
    const kind = TABLE.get(part);
    if (!kind) continue;
    if (loose && (GENERIC_AD_WORDS.has(part) || LOOSE_UNSAFE.has(part))) continue;
    if (kind === 'sponsored') return { kind, label: part };
    found ??= { kind, label: part };
  }
  return found;
}
