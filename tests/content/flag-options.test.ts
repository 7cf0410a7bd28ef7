import { describe, expect, test } from 'vitest';
import { flagText, MODEL_ENTRY_ID } from '../../core/framing';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { flagOptionsFrom, mutablePhrase } from '../../content/flag-options';

const TEXT = 'Critics say the regime slammed the plan. Officials held the “referendum” on Sunday.';

function flagsWith(settings: Partial<typeof DEFAULT_SETTINGS>) {
  // The lexicon's muting, without the learned scorer's say on which phrases stand.
  return flagText(TEXT, { ...flagOptionsFrom({ ...DEFAULT_SETTINGS, ...settings }), model: null });
}

describe('"Mute this phrase" mutes the lexicon entry behind the flag', () => {
  test.each([
    ['slammed', 'slam'],
    ['regime', 'regime'],
    ['Critics say', 'critics say'],
  ])('“%s” on the page adds “%s” to the mutes, and the flag goes', (shown, phrase) => {
    const flag = flagsWith({}).find((f) => f.text === shown);
    expect(flag).toBeDefined();
    const muted = mutablePhrase(flag!, flagOptionsFrom(DEFAULT_SETTINGS).lexicon);
    expect(muted?.toLowerCase()).toBe(phrase);
    expect(flagsWith({ mutedPhrases: [muted!] }).map((f) => f.text)).not.toContain(shown);
  });

  test('a word the learned scorer chose is muted by its own words', () => {
    expect(mutablePhrase({ entryId: MODEL_ENTRY_ID, text: 'Venomous' }, flagOptionsFrom(DEFAULT_SETTINGS).lexicon)).toBe('Venomous');
  });

  test('the inflected form itself would not have muted it (why the entry is used)', () => {
    expect(flagsWith({ mutedPhrases: ['slammed'] }).map((f) => f.text)).toContain('slammed');
  });

  test('scare quotes have no phrase to mute; their category is hidden instead', () => {
    const scare = flagsWith({}).find((f) => f.category === 'scare-quote');
    expect(scare?.text).toBe('“referendum”');
    expect(mutablePhrase(scare!, flagOptionsFrom(DEFAULT_SETTINGS).lexicon)).toBeNull();
    expect(flagsWith({ mutedCategories: ['scare-quote'] }).some((f) => f.category === 'scare-quote')).toBe(false);
  });
});

describe('flagOptionsFrom', () => {
  test('always hands over a compiled lexicon, so the caller chooses when it is compiled', () => {
    expect(flagOptionsFrom(DEFAULT_SETTINGS).lexicon.entries.length).toBeGreaterThan(100);
  });

  test('the reader’s own phrases are compiled in, once', () => {
    const settings = { ...DEFAULT_SETTINGS, userEntries: [{ id: 'my-phrase', phrase: 'plan', category: 'label', explanation: 'Mine.', neutral: ['proposal'] }] };
    const first = flagOptionsFrom(settings).lexicon;
    expect(flagOptionsFrom({ ...settings }).lexicon).toBe(first);
    expect(flagText(TEXT, flagOptionsFrom(settings)).map((f) => f.text)).toContain('plan');
  });
});
