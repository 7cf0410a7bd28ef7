/**
 * The lexicon's data shape and its validation. Entries come from two places: the
 * builtin assets/lexicon.json and phrases a reader adds. Both pass through
 * `validateEntry`, which never throws: a bad entry becomes one readable error line and
 * is skipped, so one typo cannot switch flagging off.
 */
import { FLAG_CATEGORIES, type FlagCategory } from '../protocol/article';
import { isObject as isRecord } from '../protocol/validate';

/** Which word of a phrase the engine inflects: the head noun (last word) or the verb (first word). */
export type Inflection = 'noun' | 'verb' | 'none';

export interface ContextRules {
  /** Stay quiet when one of these words or phrases comes right before the match ("tax" regime). "#" stands for any number. */
  notAfter?: string[];
  /** Stay quiet when one of these comes right after the match ("claimed" responsibility). */
  notBefore?: string[];
  /** Flag only when one of these comes right before the match. */
  onlyAfter?: string[];
  /** Flag only when one of these comes right after the match ("woke" mob). */
  onlyBefore?: string[];
  /** Flag even inside a capitalised name ("the Deep State"). @default false */
  allowInName?: boolean;
  /** Stay quiet after a negation ("not unprecedented"). @default true for hyperbole, else false */
  skipNegated?: boolean;
}

export interface LexiconEntry {
  /** kebab-case, unique. */
  id: string;
  phrase: string;
  /** Extra surface forms; inflections, spelling and hyphenation variants are generated. */
  variants?: string[];
  category: FlagCategory;
  /** One line a reader understands. */
  explanation: string;
  /** Neutral wordings a careful editor might use instead. */
  neutral: string[];
  /** @default 'none' */
  inflect?: Inflection;
  context?: ContextRules;
}

export interface LexiconFile {
  version: number;
  entries: LexiconEntry[];
}

export const MAX_PHRASE_LENGTH = 200;
const MAX_VARIANTS = 50;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const INFLECTIONS: readonly string[] = ['noun', 'verb', 'none'];
const RULE_LISTS = ['notAfter', 'notBefore', 'onlyAfter', 'onlyBefore'] as const;

/** What a reader's own phrase says when they gave no explanation. */
const DEFAULT_EXPLANATIONS: Record<FlagCategory, string> = {
  label: 'A label that judges whoever it names.',
  verdict: 'A moral or historical verdict stated as fact.',
  euphemism: 'A wording that softens or sharpens what happened.',
  attribution: 'A reporting verb that colours what someone said.',
  weasel: 'A claim pinned on unnamed people.',
  hyperbole: 'An intensifier that tells the reader how to feel.',
  'scare-quote': 'Distances the outlet from a word instead of reporting it.',
  appeal: 'An appeal to fear or group loyalty.',
  loaded: 'An emotive word that tells the reader how to feel about what it names.',
};

export type Validation = { entry: LexiconEntry; warnings: string[] } | { error: string };


function isCategory(value: unknown): value is FlagCategory {
  return typeof value === 'string' && (FLAG_CATEGORIES as readonly string[]).includes(value);
}

/** Why a phrase cannot be matched, or null when it can. Phrases are literal text, never patterns. */
export function phraseProblem(phrase: unknown): string | null {
  if (typeof phrase !== 'string') return 'phrase must be text';
  const trimmed = phrase.trim();
  if (trimmed === '') return 'phrase is empty';
  if (trimmed.length > MAX_PHRASE_LENGTH) return `phrase is longer than ${MAX_PHRASE_LENGTH} characters`;
  if (!HAS_WORD.test(trimmed)) return 'phrase has no letters or digits';
  return null;
}

function kebab(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'phrase';
}

function stringList(value: unknown): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

function readContext(raw: unknown, where: string, warnings: string[]): ContextRules | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    warnings.push(`${where}: context must be an object; ignored`);
    return undefined;
  }
  const rules: ContextRules = {};
  for (const key of RULE_LISTS) {
    const list = stringList(raw[key]);
    if (list === null) warnings.push(`${where}: context.${key} must be a list of words; ignored`);
    else if (list.length > 0) rules[key] = list;
  }
  if (typeof raw['allowInName'] === 'boolean') rules.allowInName = raw['allowInName'];
  if (typeof raw['skipNegated'] === 'boolean') rules.skipNegated = raw['skipNegated'];
  return rules;
}

/** Checks one raw entry; `label` names it in messages ("user entry 3"). */
export function validateEntry(raw: unknown, label: string): Validation {
  if (!isRecord(raw)) return { error: `${label}: must be an object with "phrase" and "category"` };
  const phrase = raw['phrase'];
  const problem = phraseProblem(phrase);
  const shown = typeof phrase === 'string' ? ` ("${phrase.slice(0, 40)}")` : '';
  if (problem !== null || typeof phrase !== 'string') return { error: `${label}${shown}: ${problem}` };
  const category = raw['category'];
  if (!isCategory(category)) {
    return { error: `${label}${shown}: unknown category ${JSON.stringify(category)}; use one of ${FLAG_CATEGORIES.join(', ')}` };
  }
  const id = raw['id'] === undefined ? `user-${kebab(phrase)}` : raw['id'];
  if (typeof id !== 'string' || !KEBAB.test(id)) return { error: `${label}${shown}: id must be kebab-case, like "puppet-government"` };

  const warnings: string[] = [];
  const variants: string[] = [];
  for (const variant of stringList(raw['variants']) ?? []) {
    const variantProblem = phraseProblem(variant);
    if (variantProblem) warnings.push(`${label}${shown}: variant "${variant.slice(0, 40)}" skipped: ${variantProblem}`);
    else if (variants.length < MAX_VARIANTS) variants.push(variant.trim());
  }
  const inflect = raw['inflect'];
  const explanation = typeof raw['explanation'] === 'string' && raw['explanation'].trim() ? raw['explanation'].trim() : DEFAULT_EXPLANATIONS[category];
  const entry: LexiconEntry = {
    id,
    phrase: phrase.trim(),
    category,
    explanation,
    neutral: stringList(raw['neutral']) ?? [],
    inflect: typeof inflect === 'string' && INFLECTIONS.includes(inflect) ? (inflect as Inflection) : 'none',
  };
  if (variants.length > 0) entry.variants = variants;
  const context = readContext(raw['context'], `${label}${shown}`, warnings);
  if (context) entry.context = context;
  return { entry, warnings };
}
