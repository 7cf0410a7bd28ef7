/**
 * Context rules keep ambiguous entries quiet where the word is not framing: "tax regime",
 * "claimed responsibility", "not unprecedented", "the Freedom Regime Party". Rules look
 * only at the words touching the match and stop at punctuation, so a comma or a quote
 * mark always resets the context.
 */
import type { ContextRules } from './lexicon-entry';
import { normalize } from './normalize';
import { tokenize, wordsAfter, wordsBefore } from './tokenize';

export interface CompiledRules {
  notAfter: string[][];
  notBefore: string[][];
  onlyAfter: string[][];
  onlyBefore: string[][];
  allowInName: boolean;
  skipNegated: boolean;
  /** How many words either side the rules need to see. */
  reach: number;
}

/** Where a candidate sits, in both the normalised and the original text. */
export interface MatchSite {
  normalized: string;
  start: number;
  end: number;
  original: string;
  originalStart: number;
  originalEnd: number;
}

const NEGATORS = new Set(['not', 'never', 'no', 'hardly', 'scarcely', 'barely', 'nothing', 'nor', 'without']);
// "isn't" tokenizes as "isn" + "t".
const NEGATED_AUXILIARIES = new Set(['isn', 'wasn', 'aren', 'weren', 'don', 'doesn', 'didn', 'hasn', 'haven', 'hadn', 'won', 'wouldn', 'couldn', 'shouldn', 'ain', 'can']);
const NEGATION_REACH = 3; // "not entirely unprecedented", "wasn't so shocking"

function phrases(list: readonly string[] | undefined): string[][] {
  return (list ?? []).map((item) => tokenize(normalize(item).text)).filter((tokens) => tokens.length > 0);
}

export function compileRules(context: ContextRules | undefined, defaultSkipNegated: boolean): CompiledRules {
  const rules = {
    notAfter: phrases(context?.notAfter),
    notBefore: phrases(context?.notBefore),
    onlyAfter: phrases(context?.onlyAfter),
    onlyBefore: phrases(context?.onlyBefore),
    allowInName: context?.allowInName ?? false,
    skipNegated: context?.skipNegated ?? defaultSkipNegated,
  };
  const lengths = [rules.notAfter, rules.notBefore, rules.onlyAfter, rules.onlyBefore].flat().map((p) => p.length);
  return { ...rules, reach: Math.max(rules.skipNegated ? NEGATION_REACH : 0, ...lengths, 0) };
}

const NUMBER = /^\d[\d,.]*$/;

/** "#" in a rule stands for any number: "claimed # lives", "claimed # seats". */
function wordMatches(ruleWord: string, word: string | undefined): boolean {
  return ruleWord === word || (ruleWord === '#' && word !== undefined && NUMBER.test(word));
}

/** `before` is nearest-first, so a phrase before the match is compared back to front. */
function endsWith(before: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length <= before.length && phrase.every((word, i) => wordMatches(word, before[phrase.length - 1 - i]));
}

function startsWith(after: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length <= after.length && phrase.every((word, i) => wordMatches(word, after[i]));
}

function isNegated(before: readonly string[]): boolean {
  return before.slice(0, NEGATION_REACH).some((word, i) => NEGATORS.has(word) || (word === 't' && NEGATED_AUXILIARIES.has(before[i + 1] ?? '')));
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  // ALL-CAPS words are shouting or acronyms, not a name's Title Case.
  return first !== first.toLowerCase() && (word.length === 1 || word !== word.toUpperCase());
}

const WORD_RUN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const SENTENCE_OPENERS = /(^|[.!?:;\n"“‘'(\u2014•])\s*$/u;

/**
 * True when the match is Title Case and sits in a run of capitalised words, or alone
 * mid-sentence ("Massive Attack", "the Patriot Act"): a name or a title, not framing.
 */
export function insideProperName(original: string, start: number, end: number): boolean {
  const words = original.slice(start, end).match(WORD_RUN) ?? [];
  if (words.length === 0 || !words.every(isCapitalised)) return false;
  const before = original.slice(Math.max(0, start - 60), start);
  // An initial ("A.J. Slaughter") counts as part of the name despite its full stop.
  const previous = /([\p{L}\p{N}]+)[ \t'’-]*$/u.exec(before)?.[1] ?? /(?:^|[^\p{L}])(\p{Lu})\.\s*$/u.exec(before)?.[1];
  const next = /^[ \t-]*([\p{L}\p{N}]+)/u.exec(original.slice(end, end + 60))?.[1];
  if ((previous && isCapitalised(previous)) || (next && isCapitalised(next))) return true;
  return !SENTENCE_OPENERS.test(before);
}

export function passesRules(rules: CompiledRules, site: MatchSite): boolean {
  if (!rules.allowInName && insideProperName(site.original, site.originalStart, site.originalEnd)) return false;
  if (rules.reach === 0) return true;
  const before = wordsBefore(site.normalized, site.start, rules.reach);
  const after = wordsAfter(site.normalized, site.end, rules.reach);
  if (rules.skipNegated && isNegated(before)) return false;
  if (rules.notAfter.some((phrase) => endsWith(before, phrase))) return false;
  if (rules.notBefore.some((phrase) => startsWith(after, phrase))) return false;
  if (rules.onlyAfter.length > 0 && !rules.onlyAfter.some((phrase) => endsWith(before, phrase))) return false;
  if (rules.onlyBefore.length > 0 && !rules.onlyBefore.some((phrase) => startsWith(after, phrase))) return false;
  return true;
}
