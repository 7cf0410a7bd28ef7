import { describe, expect, test } from 'vitest';
import { compileLexicon } from '../../../core/framing/compile-lexicon';
import { findFlags } from '../../../core/framing/find-flags';
import { flagText as flagWithModel, type FlagOptions } from '../../../core/framing';

// The lexicon's own behaviour: the learned scorer's judgment is tested in model/.
const flagText = (text: string, options: FlagOptions = {}) => flagWithModel(text, { ...options, model: null });

const flagged = (text: string): string[] => flagText(text).map((f) => f.text);

describe('builtin lexicon: must flag', () => {
  test.each([
    ['Putin and Xi praised their anti-Western alliance.', 'anti-Western alliance'],
    ['They strengthened their anti Western alliance.', 'anti Western alliance'],
    ['They strengthened their antiwestern alliances.', 'antiwestern alliances'],
    ['Forces loyal to the regime shelled the town.', 'regime'],
    ['The regime’s forces advanced.', 'regime'],
    ['Regime troops advanced.', 'Regime'],
    ['The Kremlin installed a puppet government in the region.', 'puppet government'],
    ['A gang of thugs stormed the meeting.', 'thugs'],
    ['Opposition leaders slammed the budget.', 'slammed'],
    ['The senator claimed that the vote was rigged.', 'claimed'],
    ['Critics say the plan will fail.', 'Critics say'],
    ['The unprecedented move stunned allies.', 'unprecedented'],
    ['The so-called reform changes little.', 'so-called'],
    ['Officials demonised the protesters.', 'demonised'],
    ['Officials demonized the protesters.', 'demonized'],
    ['The strike caused collateral damage.', 'collateral damage'],
    ['Moscow pressed on with its special military operation.', 'special military operation'],
    ['China “has always stood on the right side of history.”', 'right side of history'],
    ['He is on the wrong side of history.', 'wrong side of history'],
    ['The government announced massive cuts.', 'massive'],
    ['THUGS attacked the office.', 'THUGS'],
  ])('%s → %s', (text, phrase) => {
    expect(flagged(text)).toContain(phrase);
  });
});

describe('builtin lexicon: must not flag', () => {
  test.each([
    'The new tax regime takes effect in April.',
    'The sanctions regime was extended for a year.',
    'Patients on the treatment regime recovered.',
    'A regime of daily exercise helps.',
    'The club claimed the title on Sunday.',
    'The group claimed responsibility for the attack.',
    'The floods claimed 40 lives.',
    'He was admitted to hospital.',
    'Astronomers found a massive star.',
    'A massive earthquake struck Japan.',
    'The car slammed into a tree.',
    'The move is not unprecedented.',
    'It wasn’t unprecedented, scholars said.',
    'The so-called Islamic State claimed the bombing.',
    'The Massive Attack concert sold out.',
    'Police defused an explosive device.',
    'The Edinburgh Fringe opens next week.',
    'Russia has called its invasion a "special military operation".',
    'The regimen was strict.',
    'Residents endured brutal heat.',
    'She insisted on paying.',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('matching mechanics', () => {
  const lexicon = compileLexicon([
    { id: 'puppet', phrase: 'puppet', category: 'label', explanation: 'x', neutral: ['y'] },
    { id: 'puppet-government', phrase: 'puppet government', category: 'label', explanation: 'x', neutral: ['y'] },
    { id: 'government-takeover', phrase: 'government takeover', category: 'label', explanation: 'x', neutral: ['y'] },
    { id: 'claim', phrase: 'claim', category: 'attribution', explanation: 'x', neutral: ['said'], inflect: 'verb' },
    { id: 'tax-regime', phrase: 'regime', category: 'label', explanation: 'x', neutral: ['y'], context: { notAfter: ['tax'], notBefore: ['change'] } },
    { id: 'woke', phrase: 'woke', category: 'label', explanation: 'x', neutral: ['y'], context: { onlyBefore: ['mob'] } },
  ]).lexicon;
  const texts = (text: string): string[] => findFlags(text, lexicon).map((f) => f.text);

  test.each([
    ['longest match wins', 'a puppet government here', ['puppet government']],
    ['the longest of overlapping phrases wins, the rest that fits stays', 'the puppet government takeover', ['puppet', 'government takeover']],
    ['word boundaries: no match inside words', 'puppeteer governments unclaimed claimant', []],
    ['inflections match', 'she claims, he claimed, they are claiming', ['claims', 'claimed', 'claiming']],
    ['a phrase never crosses a full stop', 'the puppet. Government', ['puppet']],
    ['notAfter keeps "tax regime" quiet', 'the tax regime and the regime', ['regime']],
    ['notBefore keeps "regime change" quiet', 'regime change', []],
    ['onlyBefore: "woke" as an insult only', 'he woke up to the woke mob', ['woke']],
    ['sorted by start', 'claims then puppet then claimed', ['claims', 'puppet', 'claimed']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('offsets point into the original text', () => {
    const text = 'Ａ “Puppet  Government” — yes';
    const [flag] = findFlags(text, lexicon);
    expect(flag && text.slice(flag.start, flag.end)).toBe('Puppet  Government');
    expect(flag?.text).toBe('Puppet  Government');
  });

  test.each([
    ['category', { mutedCategories: ['attribution'] as const }, ['puppet']],
    ['entry id', { mutedEntryIds: ['puppet'] }, ['claimed']],
    ['phrase, normalised', { mutedPhrases: ['  PUPPET '] }, ['claimed']],
  ])('muting by %s', (_name, options, expected) => {
    expect(findFlags('He claimed the puppet lied.', lexicon, options).map((f) => f.text)).toEqual(expected);
  });

  test('a muted long match lets the shorter one stand', () => {
    expect(findFlags('a puppet government', lexicon, { mutedEntryIds: ['puppet-government'] }).map((f) => f.text)).toEqual(['puppet']);
  });

  test('skips capitalised names unless allowed', () => {
    expect(texts('The Puppet Government Party met.')).toEqual([]);
    expect(flagText('The Deep State is a myth, he said.').map((f) => f.entryId)).toContain('deep-state');
  });
});

// 5 MB inputs finish and stay bounded; how fast is npm run bench's (framing), not a timed check here.
describe('bad input is met whole', () => {
  test('5 MB of article text is flagged', () => {
    const paragraph = 'Putin and Xi praised their anti-Western alliance. “Russia appreciates the support,” Putin said. The regime claimed that critics say otherwise.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const flags = flagText(text);
    expect(flags.length).toBeGreaterThan(1000);
  });

  test.each([
    ['straight double quotes', '"'],
    ['curly quotes', '“”'],
    ['single quotes', "'"],
    ['mixed marks', '"\'“‘«»„’”'],
  ])('5 MB of %s only', (_name, unit) => {
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    expect(flagText(text)).toEqual([]);
  });

  test('empty text and whitespace give no flags', () => {
    expect(flagText('')).toEqual([]);
    expect(flagText(' \n\n\t ')).toEqual([]);
  });
});
