import type { Flag } from '../protocol/article';
import type { FlagSummary } from '../protocol/messages';
import { flagText } from './index';

/** A flag as the library stores it: what it is and whose voice, without its place in the text. */
export function summariseFlag(flag: Flag): FlagSummary {
  return { entryId: flag.entryId, category: flag.category, text: flag.text, voice: flag.voice, speaker: flag.speaker };
}

/** The built-in lexicon's flags of a text, as stored with an article (feed stories are flagged in the background). */
export function flagSummaries(text: string): FlagSummary[] {
  return flagText(text).map(summariseFlag);
}
