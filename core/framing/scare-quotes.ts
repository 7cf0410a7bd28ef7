/**
 * Scare quotes: the outlet puts one to three of its own words in quotation marks to
 * distance itself from them ("the 'referendum'"). Most short quotations are not that:
 * they are partial quotes of a named speaker, names of things ("dubbed 'Operation X'"),
 * titles of works or mentions of a word ("the word 'regime'"). So a short quotation is
 * flagged only when it stands where a noun phrase of the outlet's own would ("the
 * 'referendum'", "their 'reforms'"), is all lower case (capitals mean a name, a nickname
 * or a title), nothing in its sentence attributes or introduces it, no speaker is named,
 * and its words are not quoted at more length nearby (a fragment of someone's fuller
 * quote). Wire copy is full of short quoted jargon and chants; this stays conservative.
 */
import type { QuoteSpan } from './quote-spans';
import { speakerOf } from './quote-speaker';

export const SCARE_QUOTE_ENTRY = {
  id: 'scare-quotes',
  explanation: 'Quotation marks around a word or two the outlet uses itself, which casts doubt without saying why.',
  neutral: ['the words without quotation marks', 'say who used the term'],
} as const;

// One or two words: longer short quotations in wire copy are nearly always borrowed jargon.
const MAX_WORDS = 2;
const MAX_CHECKS = 500;
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Anything in the sentence that makes a short quotation someone's words or a name.
const INTRODUCERS = new RegExp(
  String.raw`\b(?:said|says|say|saying|told|tells|added|stated|wrote|writes|writing|noted|explained|argued|insisted|claimed|claims|declared|announced|asked|replied|responded|warned|urged|stressed|remarked|tweeted|posted|called|calls|call|calling|dubbed|describ\w*|term\w*|label\w*|brand\w*|named|nicknamed|known|titled|entitled|refer\w*|thank\w*|prais\w*|hail\w*|vow\w*|promis\w*|pledg\w*|accus\w*|denounc\w*|condemn\w*|according|quot\w*|word|words|phrase|slogan|hashtag|motto|headline|song|film|movie|book|album|show|series|novel|poem|play|campaign|operation|codenamed|so-called|spoke|speech|statement|remarks|interview|letter|post|tweet|chant\w*|scream\w*|shout\w*|read|reads|cite\w*|as|agency|reported|sign|signs|banner|banners|placard\w*)\b`,
  'iu',
);

function sentenceAround(text: string, span: QuoteSpan): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', span.end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  const before = text.slice(Math.max(lineStart, span.start - 300), span.start);
  const after = text.slice(span.end, Math.min(lineEnd, span.end + 300));
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const end = after.search(/[.!?](?:\s|$)/u);
  return `${before.slice(cut + 1)} \u0000 ${end === -1 ? after : after.slice(0, end)}`;
}

// The quotation must follow a determiner or a possessive, as the outlet's own noun phrase would.
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|our|this|these|those|so-called)\s*$|[\p{L}](?:'s|’s|s'|s’)\s*$/iu;
const NOT_SCARE = new Set(['yes', 'no']);
const FOLLOWERS = new Set(
  'was were is are be been has have had will would could can may might must should did does do of in on at to for with and or but that which who by from as than over under into against'.split(' '),
);

const NEARBY = 20_000; // an article's length: fragments are matched against quotations of the same story

/** True when a longer quotation near this one contains its words: a fragment of someone's fuller quote. */
function quotedAtLength(text: string, spans: readonly QuoteSpan[], index: number, content: string): boolean {
  const span = spans[index];
  if (!span) return false;
  const needle = content.toLowerCase();
  const covers = (other: QuoteSpan | undefined): boolean =>
    other !== undefined && other.contentEnd - other.contentStart > content.length && text.slice(other.contentStart, other.contentEnd).toLowerCase().includes(needle);
  for (let k = index - 1; k >= 0 && (spans[k]?.start ?? 0) >= span.start - NEARBY; k--) if (covers(spans[k])) return true;
  for (let k = index + 1; k < spans.length && (spans[k]?.start ?? 0) <= span.start + NEARBY; k++) if (covers(spans[k])) return true;
  return false;
}

/** Quotation spans that read as scare quotes, in text order. */
export function findScareQuotes(text: string, spans: readonly QuoteSpan[]): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let checked = 0;
  for (const [index, span] of spans.entries()) {
    // A page with hundreds of short quotations is a list or a transcript, not prose to judge.
    if (checked >= MAX_CHECKS) break;
    if (span.nested || !span.closed || span.contentEnd - span.contentStart > 60) continue;
    const content = text.slice(span.contentStart, span.contentEnd).trim().replace(/[,.;:!?]+$/u, '');
    const words = content.match(WORDS) ?? [];
    if (words.length === 0 || words.length > MAX_WORDS || /\p{Lu}/u.test(content) || /^[\p{N}\s.,%]+$/u.test(content)) continue;
    if (NOT_SCARE.has(content.toLowerCase()) || !DETERMINER_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    checked++;
    const sentence = sentenceAround(text, span);
    const [before = '', after = ''] = sentence.split('\u0000');
    // A quotation standing alone on its line is a pull quote or a heading, not a scare quote.
    if (!/\p{L}/u.test(before) || INTRODUCERS.test(sentence) || /^\s*[:(]/u.test(after)) continue;
    // A quoted modifier before a noun ("zero day" flaw, "net positive" rating) is a term of
    // art; a scare-quoted noun ends its phrase, so only punctuation or a function word follows.
    const nextWord = /^\s*(\p{L}+)/u.exec(after)?.[1];
    if (nextWord !== undefined && !FOLLOWERS.has(nextWord.toLowerCase())) continue;
    if (speakerOf(text, span) !== null || quotedAtLength(text, spans, index, content)) continue;
    found.push(span);
  }
  return found;
}
