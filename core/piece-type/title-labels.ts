import type { PieceKind } from './piece-kind';
import { kindOfLabel } from './piece-labels';
import { normalizeLabel } from './normalize-label';

/**
 * Headlines that carry their kind: "Opinion: …", "Analysis | …", "Anzeige: …",
 * "… – live", "… as it happened", "Ukraine war live updates: …". Only a short prefix
 * before a colon or bar, or the liveblog phrases, count: a headline that is a
 * sentence about an opinion poll is not labelled.
 */
const PREFIX = /^([^:|]{2,40})\s*[:|]\s+\S/;
const LIVE = /(^live[:|]|\blive updates?\b|\blive blog\b|\bas it happened\b|[-–—]\s*live$|\bliveticker\b|\ben direct\b|\ben vivo\b|\bao vivo\b|\bin diretta\b|\bонлайн-трансляци)/;

export function kindOfTitle(title: string): { kind: Exclude<PieceKind, 'report' | 'unknown'>; label: string } | null {
  if (title.length > 400) return null;
  const prefix = PREFIX.exec(title);
  if (prefix?.[1] && prefix[1].trim().split(/\s+/).length <= 3) {
    const match = kindOfLabel(prefix[1]);
    // "Live:" is a label here; a loose "Live" elsewhere is not.
    if (match) return { kind: match.kind, label: prefix[1].trim() };
  }
  // Tabloids mark a liveblog with a capitalised LIVE inside the headline ("Storm LIVE: …", "Typhoon LIVE updates").
  const shouted = /(^|[^\p{L}])LIVE([^\p{L}]|$)/u.test(title) ? 'LIVE' : null;
  if (shouted) return { kind: 'liveblog', label: shouted };
  const live = LIVE.exec(normalizeLabel(title));
  return live ? { kind: 'liveblog', label: live[0].replace(/^[-–—\s]+/, '') } : null;
}
