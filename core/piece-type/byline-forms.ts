import type { PieceKind } from './piece-kind';
import { normalizeLabel } from './normalize-label';

/**
 * Bylines and standfirst lines that say what the piece is ("Guest essay", "Op-ed by …",
 * "Letter to the editor", "Sponsored by Acme", "Ein Gastbeitrag von …"). Only the start
 * of a short line counts: a report that mentions "an op-ed he wrote" is not one.
 */
const FORMS: [RegExp, Exclude<PieceKind, 'report' | 'unknown'>][] = [
  [/^(a )?guest (essay|column|opinion|post|commentary)\b/, 'opinion'],
  [/^op-?ed\b/, 'opinion'],
  [/^(opinion|commentary|comment|editorial|column) (by|from)\b/, 'opinion'],
  [/^(by )?the editorial board\b/, 'opinion'],
  [/^letters? to the editor\b/, 'opinion'],
  [/^(ein )?(gastbeitrag|gastkommentar|kommentar|kolumne|leitartikel) (von|aus)\b/, 'opinion'],
  [/^(une )?(tribune|chronique) (de|d'|par)\b/, 'opinion'],
  [/^(una )?(columna|tribuna) de\b|^opinion de\b/, 'opinion'],
  [/^(un )?(commento|editoriale) di\b/, 'opinion'],
  [/^(artigo de opiniao|coluna) de\b/, 'opinion'],
  [/^(мнение|колонка|колонка автора|думка)\b/, 'opinion'],
  [/^(news )?analysis (by|from)\b/, 'analysis'],
  [/^(review|reviewed) by\b/, 'review'],
  [/^(sponsored|paid for|presented|brought to you|produced) by\b(?! the editorial)/, 'sponsored'],
  [/^(this (content|article|story) (is|was) (sponsored|paid for|produced for|produced by))\b/, 'sponsored'],
  [/^(paid post|sponsored content|partner content)\b/, 'sponsored'],
  [/^(gesponsert von|in zusammenarbeit mit|contenu sponsorise par|patrocinado por|sponsorizzato da|на правах рекламы|на правах реклами)\b/, 'sponsored'],
];

/** "presented by"/"produced by" name a sponsor only when the line is short: "Produced by our data team" is a credit. */
const SHORT_LINE = 60;

/** The wire formula of a press release: anywhere in a line by the headline, since it follows a date or a logo. */
const RELEASE = /\bfor immediate release\b|\bsperrfrist\b|\bpour diffusion immediate\b|\bpara difusion inmediata\b/;

export function kindOfBylineForm(text: string): { kind: Exclude<PieceKind, 'report' | 'unknown'>; form: string } | null {
  if (text.length > 200) return null;
  const line = normalizeLabel(text);
  const release = RELEASE.exec(line);
  if (release) return { kind: 'press-release', form: release[0] };
  for (const [pattern, kind] of FORMS) {
    const match = pattern.exec(line);
    if (!match) continue;
    if (kind === 'sponsored' && /^(presented|produced|brought to you) by/.test(line) && line.length > SHORT_LINE) continue;
    if (/^produced by/.test(line)) continue; // newsroom credits: too common to be a sponsor
    return { kind, form: match[0] };
  }
  return null;
}
