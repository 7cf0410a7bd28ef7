/**
 * Labels are compared after folding case and accents ("Éditorial" = "editorial",
 * "Opinião" = "opiniao"), so one table serves every spelling a CMS produces. Cyrillic
 * folds the same way on both sides of the comparison, so "й" against "й" still matches.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019'`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Opinion | Columnists", "News › Opinion", "Meinung:" → its parts, each a candidate label. */
export function labelParts(text: string): string[] {
  const folded = normalizeLabel(text);
  const parts = folded
    .split(/\s*[|/›»>·•:]\s*|\s+[-–—]\s+/)
    .map((p) => p.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((p) => p.length > 0);
  return parts.length > 1 ? [folded.replace(/[\s\p{P}]+$/u, ''), ...parts] : parts;
}
