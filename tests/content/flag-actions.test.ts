import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flagText } from '../../core/framing';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { readerActions } from '../../content/flag-actions';
import { loadSettings, saveSettings } from '../../platform/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

test('the card’s buttons add to the reader’s mutes in extension storage, keeping what is there', async () => {
  await saveSettings({ ...DEFAULT_SETTINGS, mutedPhrases: ['regime'], autoSave: false });
  const actions = readerActions(() => DEFAULT_SETTINGS);
  const [slammed] = flagText('The minister slammed the plan.', { model: null }); // the lexicon's flag, whatever the learned scorer says of it
  expect(slammed?.text).toBe('slammed');
  const phrase = actions.phraseToMute(slammed!);
  expect(phrase).toBe('slam');
  await actions.mutePhrase(phrase!);
  await actions.hideCategory('hyperbole');
  await actions.mutePhrase(phrase!); // twice is once
  expect(await loadSettings()).toMatchObject({ mutedPhrases: ['regime', 'slam'], mutedCategories: ['hyperbole'], autoSave: false });
});
