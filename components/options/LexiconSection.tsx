import { useState } from 'preact/hooks';
import { BuiltinPhrases } from './BuiltinPhrases';
import { CategorySwitches } from './CategorySwitches';
import { FlagAmountChoice } from './FlagAmountChoice';
import { MutedPhrases } from './MutedPhrases';
import { OwnPhrases } from './OwnPhrases';
import type { SettingsProps } from './settings-props';
import { uiText } from './ui-text';

/** Kinds of framing on or off, muted phrases, the builtin lexicon, and the reader's own phrases. */
export function LexiconSection({ settings, update }: SettingsProps) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <p class="px-intro">{uiText.lexicon.intro}</p>
      <p role="alert" class="px-error">
        {failed && uiText.settingsNotSaved}
      </p>
      <FlagAmountChoice settings={settings} update={update} onError={setFailed} />
      <CategorySwitches settings={settings} update={update} onError={setFailed} />
      <MutedPhrases settings={settings} update={update} onError={setFailed} />
      <OwnPhrases settings={settings} update={update} />
      <BuiltinPhrases settings={settings} update={update} onError={setFailed} />
    </>
  );
}
