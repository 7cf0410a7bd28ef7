import lexiconFile from '../../assets/lexicon.json';
import { phraseKey } from '../../core/framing';
import { validateEntry, type LexiconEntry } from '../../core/framing/lexicon-entry';
import { uiText } from './ui-text';
import { isObject as isRecord } from '../../core/protocol/validate';

/**
 * The reader's own lexicon entries: checked with the framing engine's own validation
 * (`validateEntry`), plus the engine's rule that ids are unique across the builtin
 * lexicon and the reader's entries, so what the page accepts the engine compiles.
 */

export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ENTRIES = 1_000;
export const EXPORT_FORMAT = 'parallax-own-phrases';

const builtinIds = new Set(lexiconFile.entries.map((entry) => entry.id));
const builtinByKey = new Map(lexiconFile.entries.map((entry) => [phraseKey(entry.phrase), entry]));

export type Checked = { entry: LexiconEntry } | { error: string };

/** What the add form sends: the raw fields, checked by the engine. */
export interface NewPhrase {
  phrase: string;
  category: string;
  explanation: string;
  /** One wording per line. */
  neutral: string;
}

/** Reads stored entries for display; an entry the engine refuses comes back as null. */
export function readOwnEntries(stored: readonly unknown[]): Array<LexiconEntry | null> {
  return stored.map((raw, i) => {
    const result = validateEntry(raw, `entry ${i + 1}`);
    return 'error' in result ? null : result.entry;
  });
}

/** Checks a phrase from the form against the engine and the entries already there. */
export function checkNewPhrase(input: NewPhrase, own: readonly unknown[], label: string): Checked {
  const raw = {
    phrase: input.phrase,
    category: input.category,
    explanation: input.explanation,
    neutral: input.neutral.split('\n').map((line) => line.trim()).filter(Boolean),
  };
  const result = validateEntry(raw, label);
  if ('error' in result) return result;
  const { entry } = result;
  const builtin = builtinByKey.get(phraseKey(entry.phrase));
  if (builtin) {
    const category = uiText.categories[builtin.category as LexiconEntry['category']] ?? builtin.category;
    return { error: uiText.lexicon.duplicateBuiltin(builtin.phrase, category) };
  }
  const ownKeys = new Set(readOwnEntries(own).flatMap((e) => (e ? [phraseKey(e.phrase), e.id] : [])));
  if (ownKeys.has(phraseKey(entry.phrase)) || ownKeys.has(entry.id)) return { error: uiText.lexicon.duplicateOwn(entry.phrase) };
  return { entry };
}

/** The JSON file "Export" writes. */
export function exportOwnEntries(own: readonly unknown[]): string {
  const entries = readOwnEntries(own).filter((e): e is LexiconEntry => e !== null);
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries }, null, 2)}\n`;
}

/**
 * The reader's entries after importing `text`, or why the file is refused. All or
 * nothing: one bad entry refuses the file, so an import never half-happens. An imported
 * entry with the id of one of the reader's replaces it.
 */
export function importOwnEntries(text: string, own: readonly unknown[]): { entries: unknown[]; added: number } | { error: string } {
  const t = uiText.lexicon;
  const refuse = (reason: string) => ({ error: t.importRefused(reason) });
  if (text.length > IMPORT_MAX_BYTES) return refuse(t.importTooBig);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(t.importNotJson);
  }
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) && Array.isArray(parsed['entries']) ? parsed['entries'] : null;
  if (list === null) return refuse(t.importShape);
  if (list.length === 0) return refuse(t.importEmpty);
  if (list.length > IMPORT_MAX_ENTRIES) return refuse(t.importTooMany(IMPORT_MAX_ENTRIES));

  const errors: string[] = [];
  const imported = new Map<string, LexiconEntry>();
  list.forEach((raw, i) => {
    const result = validateEntry(raw, `entry ${i + 1}`);
    if ('error' in result) return void errors.push(result.error);
    const { entry } = result;
    if (builtinIds.has(entry.id) || imported.has(entry.id)) {
      return void errors.push(`entry ${i + 1} ("${entry.phrase.slice(0, 40)}"): id "${entry.id}" is already used`);
    }
    imported.set(entry.id, entry);
  });
  if (errors.length > 0) return refuse(t.importErrors(errors.slice(0, 3), errors.length - 3));

  // Unreadable stored entries stay as they are: an import only adds or replaces.
  const readable = readOwnEntries(own);
  const kept = own.filter((_, i) => !imported.has(readable[i]?.id ?? ''));
  return { entries: [...kept, ...imported.values()], added: imported.size };
}
