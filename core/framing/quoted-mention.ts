/**
 * A quoted mention names a term instead of using it: Russia has called its invasion a
 * "special military operation"; the report used the term "food insecurity". The outlet
 * is reporting the word, with the marks and the naming verb saying whose it is, so a
 * lexicon match inside such a quotation is not flagged.
 */
import type { QuoteSpan } from './quote-spans';

const MAX_WORDS = 6;
const WORDS = /[\p{L}\p{N}]+/gu;
// A naming verb or noun, then at most a few words ("called its invasion a") before the mark.
const NAMED_BEFORE =
  /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?|nam(?:es|ed|ing)|known as|described as|describes? (?:it|them|this|that) as|refers? to (?:it|them) as|referred to (?:it|them)? ?as|the (?:word|words|term|terms|phrase|slogan|label|expression|euphemism)|so-called)(?:\s+[\p{L}\p{N}'’-]+){0,3}\s*$/iu;

export function isQuotedMention(text: string, span: QuoteSpan): boolean {
  const content = text.slice(span.contentStart, span.contentEnd);
  if ((content.match(WORDS) ?? []).length > MAX_WORDS) return false;
  return NAMED_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start));
}
