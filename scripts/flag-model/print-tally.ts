import type { Tally } from './cross-validate';

const ratio = (n: number, d: number) => (d === 0 ? 'n/a' : (n / d).toFixed(3));

/** One line: hit precision, word recall, flags per 20 unmarked sentences, flag count. */
export function tallyLine(tally: Tally): string {
  const per20 = tally.unmarkedSentences ? ((tally.unmarkedFlags / tally.unmarkedSentences) * 20).toFixed(2) : 'n/a';
  return `hit precision ${ratio(tally.touching, tally.flags)}  word recall ${ratio(tally.flaggedWords, tally.markedWords)}  per 20 unmarked sentences ${per20}  (${tally.flags} flags, ${ratio(tally.flagWords, tally.flags)} words each, ${ratio(tally.flagWordsMarked, tally.flagWords)} of them marked)`;
}

/** Word recall per PTC label, and hit precision per flag category. */
export function tallyDetail(tally: Tally): string[] {
  const lines = [...tally.byLabel].map(([label, row]) => `  recall, ${label}: ${ratio(row.flagged, row.words)} (${row.flagged}/${row.words} words)`);
  for (const [category, row] of [...tally.byCategory].sort((a, b) => b[1].flags - a[1].flags)) {
    lines.push(`  hit precision, ${category} flags: ${ratio(row.touching, row.flags)} (${row.touching}/${row.flags})`);
  }
  return lines;
}
