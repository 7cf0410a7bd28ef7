/**
 * The words a learned scorer looks at, and what it sees around each. One pass over the
 * text cuts words (word-tokens.ts; hyphenated and apostrophe words stay whole:
 * "so-called", "anti-Western"); sentences end at . ! ? or a line break. Training (scripts/) and the
 * extension call the same function, so a feature means the same thing on both sides.
 *
 * Features are short strings ("w=venomous", "p=so-called", "af=-3", "quote"); the model
 * maps each to a weight. A candidate is every word that is not a stop word or a number.
 */
import type { QuoteSpan } from '../quote-spans';
import { quoteAround } from '../quote-spans';
import { wordTokens, type WordToken } from './word-tokens';

export { wordTokens, type WordToken } from './word-tokens';

/** Per-word affect scores the model was trained with (AFINN-165, VADER), -4..5 integers. */
export interface AffectTables {
  afinn: ReadonlyMap<string, number>;
  vader: ReadonlyMap<string, number>;
}

// Function words never carry framing alone; they may still sit inside a flagged run.
const STOP = new Set(
  ('a an the and or but if of to in on at by for with from as into onto over under about than then that this these those ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'i me my we us our you your he him his she her it its they them their who whom whose which what when where why how ' +
    'not no nor so too very just also only even still yet all any some each every both either neither such more most much many ' +
    'there here s t said says say told according mr mrs ms one two new up out off down again').split(' '),
);

const NUMBER = /^\d/;

export function isCandidate(token: Pick<WordToken, 'lower'>): boolean {
  return !STOP.has(token.lower) && !NUMBER.test(token.lower) && token.lower.length > 2;
}

function shape(text: string, token: WordToken, firstInSentence: boolean): string[] {
  const word = text.slice(token.start, token.end);
  const first = word.charAt(0);
  const out: string[] = [];
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) out.push('caps');
  else if (first !== first.toLowerCase()) out.push(firstInSentence ? 'cap0' : 'cap');
  if (word.includes('-')) out.push('hyph');
  if (word.length >= 10) out.push('long');
  return out;
}

/** How many other strongly valenced words the sentence holds, once per sentence. */
function sentenceHeat(tokens: readonly WordToken[], affect: AffectTables): number[] {
  const heat: number[] = [];
  for (const token of tokens) {
    const strong = Math.abs(affect.afinn.get(token.lower) ?? 0) >= 2 || Math.abs(affect.vader.get(token.lower) ?? 0) >= 2 ? 1 : 0;
    heat[token.sentence] = (heat[token.sentence] ?? 0) + strong;
  }
  return heat;
}

function strongAffect(affect: AffectTables, word: string | undefined): boolean {
  if (word === undefined) return false;
  return Math.abs(affect.afinn.get(word) ?? 0) >= 2 || Math.abs(affect.vader.get(word) ?? 0) >= 2;
}

/** Where features go: plain names, and names made of a prefix and a word ("p=" + "vile"). */
export interface FeatureSink {
  add(name: string): void;
  addWord(prefix: WordPrefix, word: string): void;
}

export type WordPrefix = 'p=' | 'n=' | 'o:' | 'q:';

/** The features that depend on the word alone: a scorer works them out once per distinct word. */
export function ownFeatures(word: string, affect: AffectTables): string[] {
  const af = affect.afinn.get(word);
  const va = affect.vader.get(word);
  const f = [`w=${word}`];
  if (STOP.has(word) || NUMBER.test(word) || word.length <= 2) f.push('stop');
  if (word.length > 5) f.push(`s3=${word.slice(-3)}`, `s4=${word.slice(-4)}`);
  if (af !== undefined) f.push(`af=${af}`, af < 0 ? 'af-' : 'af+');
  if (va !== undefined) f.push(`va=${va}`, va < 0 ? 'va-' : 'va+');
  if (af === undefined && va === undefined) f.push('noaffect');
  return f;
}

const NEXT_SENTENCE_END = /[.!?\n]/g;
const HEAT = ['heat=0', 'heat=1', 'heat=2', 'heat=3'];
const TEXT_HEAT = ['textHeat=0', 'textHeat=1', 'textHeat=2', 'textHeat=3', 'textHeat=4'];
const LEX = new Map<string, string>();

/**
 * The features of a word in its place (neighbours, sentence, quotation, lexicon), sent
 * to a sink by token index: a long text never holds every word's features at once.
 * Function words get them too (their own features say `stop`): they never start a
 * flag, but a flag may grow over them ("a disgrace to the nation"). `lexiconCategory`
 * names the lexicon category covering a token, if any.
 */
export function contextFeatures(
  text: string,
  tokens: readonly WordToken[],
  quotes: readonly QuoteSpan[],
  affect: AffectTables,
  lexiconCategory: (index: number) => string | undefined,
  wholeTextShare?: number,
): (index: number, sink: FeatureSink) => void {
  const heat = sentenceHeat(tokens, affect);
  // How charged the text is as a whole: loaded words come in clusters, in the texts that use them.
  const strong = heat.reduce((sum, n) => sum + (n ?? 0), 0);
  const textHeat = TEXT_HEAT[textHeatLevel(wholeTextShare ?? strong / Math.max(1, tokens.length))]!;
  const endsWith = new Map<number, string>();
  return (i, sink) => {
    const token = tokens[i]!;
    const previous = tokens[i - 1]?.sentence === token.sentence ? tokens[i - 1] : undefined;
    const next = tokens[i + 1]?.sentence === token.sentence ? tokens[i + 1] : undefined;
    const w = token.lower;
    sink.add('bias');
    sink.addWord('p=', previous?.lower ?? '<s>');
    sink.addWord('n=', next?.lower ?? '</s>');
    if (strongAffect(affect, previous?.lower)) sink.add('pAff');
    if (strongAffect(affect, next?.lower)) sink.add('nAff');
    sink.add(textHeat);
    const af = affect.afinn.get(w);
    const va = affect.vader.get(w);
    const own = (af !== undefined && Math.abs(af) >= 2) || (va !== undefined && Math.abs(va) >= 2) ? 1 : 0;
    sink.add(HEAT[Math.min(3, (heat[token.sentence] ?? 0) - own)]!);
    for (const name of shape(text, token, i === token.sentenceStart)) sink.add(name);
    if (next && /^\p{Lu}/u.test(text.charAt(next.start))) sink.add('beforeName');
    const quote = quoteAround(quotes, token.start, token.end);
    if (quote) {
      const inner = quote.contentEnd - quote.contentStart;
      sink.add(inner <= 40 && !/[.!?]/.test(text.slice(quote.contentStart, quote.contentEnd)) ? 'shortquote' : 'quote');
    } else sink.add('outlet');
    // The same word weighs differently in the outlet's voice and in someone's quotation.
    if (af !== undefined || va !== undefined) sink.addWord(quote ? 'q:' : 'o:', w);
    const category = lexiconCategory(i);
    if (category) {
      if (!LEX.has(category)) LEX.set(category, `lex=${category}`);
      sink.add(LEX.get(category)!);
    }
    let end = endsWith.get(token.sentence);
    if (end === undefined) {
      NEXT_SENTENCE_END.lastIndex = token.end; // no slice: a 5 MB text stays one pass
      end = NEXT_SENTENCE_END.exec(text)?.[0] ?? '';
      endsWith.set(token.sentence, end);
    }
    if (end === '!') sink.add('excl');
    else if (end === '?') sink.add('question');
  };
}

/** The text-level heat feature's level for a share of strongly valenced words. */
export function textHeatLevel(strongShare: number): number {
  return Math.min(4, Math.floor(strongShare * 50));
}

/**
 * The share of a text's words that are strongly valenced. A text flagged a slice at a
 * time is given its whole text's share, so every slice is scored as in one pass.
 */
export function strongWordShare(text: string, affect: AffectTables): number {
  const tokens = wordTokens(text);
  let strong = 0;
  for (const token of tokens) if (strongAffect(affect, token.lower)) strong++;
  return strong / Math.max(1, tokens.length);
}

/** Every feature of each word as names, for training and for explaining one flag. */
export function wordFeatures(
  text: string,
  tokens: readonly WordToken[],
  quotes: readonly QuoteSpan[],
  affect: AffectTables,
  lexiconCategory: (index: number) => string | undefined,
  wholeTextShare?: number,
): (index: number) => string[] {
  const context = contextFeatures(text, tokens, quotes, affect, lexiconCategory, wholeTextShare);
  return (i) => {
    const f = ownFeatures(tokens[i]!.lower, affect);
    context(i, { add: (name) => f.push(name), addWord: (prefix, word) => f.push(prefix + word) });
    return f;
  };
}
