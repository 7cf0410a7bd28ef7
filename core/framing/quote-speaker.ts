/**
 * Who is quoted: reads the sentence around a quotation for the patterns news prose uses
 * ("…,” said Putin", "…,” Putin said", "Xi told Putin … that “…”", "according to X",
 * "Xi …, saying … that “…”"). Only a capitalised name counts: "he said" or "the Russian
 * leader said" give null, because a wrong name is worse than none. Titles are dropped
 * ("Russian President Vladimir Putin" → "Vladimir Putin").
 */
import type { QuoteSpan } from './quote-spans';

const SPEECH = String.raw`(?:said|says|say|told|tells|added|adds|stated|wrote|writes|noted|explained|argued|argues|insisted|insists|claimed|claims|declared|announced|asked|asks|replied|responded|warned|warns|urged|stressed|emphasi[sz]ed|remarked|tweeted|posted|continued|concluded|recalled|acknowledged|admitted|conceded|countered|suggested|predicted|boasted|complained|quipped|indicated)`;
const PARTICIPLE = String.raw`(?:saying|telling|adding|writing|noting|arguing|insisting|claiming|declaring|warning|stressing|urging|explaining)`;
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const PARTICLE = String.raw`(?:von|van|der|den|de|del|della|da|di|du|bin|al|el|la|le|ibn)`;
const NAME = String.raw`${WORD}(?:\s+(?:${PARTICLE}\s+)*${WORD}){0,5}`;
const APPOSITION = String.raw`(?:,[^,“”"]{1,80},)?`;

const SAID_NAME = new RegExp(String.raw`^[,.]?\s*${SPEECH}\s+(${NAME})`, 'u');
const NAME_SAID = new RegExp(String.raw`^[,.]?\s*(${NAME}(?:(?:,\s*|\s+and\s+)${NAME})*)${APPOSITION}\s+${SPEECH}\b`, 'u');
const ACCORDING_TO = new RegExp(String.raw`according to (${NAME})`, 'u');
const FINITE_VERBS = new RegExp(String.raw`\b${SPEECH}\b`, 'gu');
const PARTICIPLES = new RegExp(String.raw`\b${PARTICIPLE}\b`, 'u');
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${NAME})${APPOSITION}\s+$`, 'u');
const SUBJECT = new RegExp(String.raw`^(?:[^,“”"]{1,40},\s+)?(${NAME})\s+\p{Ll}`, 'u');

const NOT_NAMES = new Set(
  ('The A An But And Or So Then Now In On At For Last This That These Those Meanwhile However Later Earlier ' +
    'Speaking Yesterday Today Tonight Asked When While After Before As If He She It They We I You His Her Its Their Our ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Also Still Separately Instead').split(' '),
);
const TITLES = new Set(
  ('President Vice Prime Minister Chancellor Secretary Senator Sen. Rep. Representative Gov. Governor Mayor Mr. Mr Mrs. Mrs ' +
    'Ms. Ms Dr. Dr General Gen. Leader Chairman Chairwoman Chair King Queen Pope Spokesman Spokeswoman Spokesperson ' +
    'Ambassador Judge Justice Commissioner Director Chief CEO Premier Envoy Adviser Advisor Officer Lt. Col. Colonel Captain Sheikh Prince Princess').split(' '),
);
const PRONOUNS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'You']);
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|No|Inc|Co|vs)|\b\p{Lu})$/u;
const SENTENCE_END = /[.!?]["”’']?\s+/gu;

/** "Russian President Vladimir Putin" → "Vladimir Putin"; "The Kremlin" → "Kremlin"; "He" → null. */
export function cleanName(raw: string): string | null {
  const words = raw.trim().replace(/[’']s$/u, '').split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0] ?? '')) words.shift();
  let lastTitle = -1;
  words.forEach((word, i) => {
    if (TITLES.has(word)) lastTitle = i;
  });
  const name = words.slice(lastTitle + 1).join(' ').replace(/[.,]$/, '');
  if (name === '' || PRONOUNS.has(name)) return null;
  return name;
}

/** Start of the sentence that contains `pos`, within its paragraph and at most 400 characters back. */
function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - 400, text.lastIndexOf('\n', pos - 1) + 1);
  const window = text.slice(floor, pos);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
    if (!ABBREVIATIONS.test(window.slice(0, m.index))) start = m.index + m[0].length;
  }
  return floor + start;
}

function sentenceRest(text: string, pos: number): string {
  const newline = text.indexOf('\n', pos);
  const rest = text.slice(pos, Math.min(pos + 200, newline === -1 ? text.length : newline));
  const end = rest.search(/[.!?](?:\s|$)/u);
  return end === -1 ? rest : rest.slice(0, end + 1);
}

function fromSuffix(suffix: string): string | null {
  const named = SAID_NAME.exec(suffix)?.[1] ?? NAME_SAID.exec(suffix)?.[1];
  if (!named) return null;
  // "Xi, Putin says": every name in the list, titles dropped from each.
  const names = named.split(/,\s*|\s+and\s+/u).map(cleanName).filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

function fromPrefix(prefix: string): string | null {
  let lastVerb: RegExpExecArray | null = null;
  FINITE_VERBS.lastIndex = 0;
  for (let m = FINITE_VERBS.exec(prefix); m; m = FINITE_VERBS.exec(prefix)) lastVerb = m;
  if (lastVerb) {
    const named = NAME_BEFORE.exec(prefix.slice(0, lastVerb.index))?.[1];
    if (named) return cleanName(named);
  }
  // "Xi indicated his support …, saying … that “…”": the participle's subject opens the sentence.
  if (PARTICIPLES.test(prefix)) {
    const subject = SUBJECT.exec(prefix)?.[1];
    if (subject) return cleanName(subject);
  }
  return null;
}

/** The speaker of a quotation when the sentence around it names one, else null. */
export function speakerOf(text: string, span: QuoteSpan): string | null {
  const start = sentenceStart(text, span.start);
  const prefix = text.slice(start, span.start);
  const suffix = sentenceRest(text, span.end);
  const according = ACCORDING_TO.exec(prefix)?.[1] ?? ACCORDING_TO.exec(suffix)?.[1];
  if (according) return cleanName(according);
  return fromSuffix(suffix) ?? fromPrefix(prefix);
}
