/**
 * Why the scorer flagged a word the lexicon never listed, in words a reader follows:
 * what kind of word, in whose voice, and the strongest of the features that raised its
 * score ("the word itself", "strongly negative in sentiment word lists", "stands before a
 * name").
 */

function describe(feature: string): string | null {
  const [kind, value] = feature.includes('=') ? [feature.slice(0, feature.indexOf('=')), feature.slice(feature.indexOf('=') + 1)] : [feature, ''];
  switch (kind) {
    case 'w':
      return 'this word is often loaded in news text marked by people';
    case 'p':
      return `it follows “${value}”`;
    case 'n':
      return `it comes before “${value}”`;
    case 's3':
    case 's4':
      return `words ending in “-${value}” are often loaded`;
    case 'af':
    case 'va':
      return Number(value) < 0 ? 'sentiment word lists rate it strongly negative' : 'sentiment word lists rate it strongly positive';
    case 'af-':
    case 'va-':
      return 'sentiment word lists rate it negative';
    case 'af+':
    case 'va+':
      return 'sentiment word lists rate it positive';
    case 'heat':
      return 'its sentence holds other emotive words';
    case 'beforeName':
      return 'it stands before a name';
    case 'caps':
      return 'it is written in capitals';
    case 'shortquote':
      return 'it is set in quotation marks';
    case 'excl':
      return 'its sentence ends with an exclamation mark';
    case 'lex':
      return 'the lexicon lists a phrase here';
    default:
      return null;
  }
}

export function explainWordFlag(naming: boolean, quoted: boolean, strongest: readonly string[]): string {
  const what = naming ? 'Name-calling: a label that judges whoever it names' : 'Emotive word';
  const voice = quoted ? 'inside a quotation' : 'used in the outlet’s own voice';
  const reasons = [...new Set(strongest.map(describe).filter((r): r is string => r !== null))];
  return `${what}, ${voice}${reasons.length ? `; flagged because ${reasons.join(', ')}` : ''}. Not in Parallax’s word list: a learned scorer chose it.`;
}
