import { registrationMatches, type AutoReadChoice } from '../core/settings/auto-read-patterns';

/**
 * Keeps the registered content script in step with the reader's choice and the browser's
 * grants: registered for the chosen-and-granted pages, updated when either changes,
 * unregistered when nothing is left (host access withdrawn, or automatic reading off).
 * The browser APIs are passed in so tests hand in their own.
 */

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface AutoReadApi {
  settings(): Promise<AutoReadChoice>;
  grantedOrigins(): Promise<string[]>;
  /** The reader script if registered: an empty list otherwise. */
  registered(): Promise<RegisteredScript[]>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
}

export type SyncOutcome = 'registered' | 'updated' | 'unregistered' | 'unchanged';

export async function syncReaderScript(api: AutoReadApi): Promise<SyncOutcome> {
  const [settings, granted, registered] = await Promise.all([api.settings(), api.grantedOrigins(), api.registered()]);
  const matches = registrationMatches(settings, granted);
  const [current] = registered;
  if (matches.length === 0) {
    if (!current) return 'unchanged';
    await api.unregister();
    return 'unregistered';
  }
  if (!current) {
    await api.register(matches);
    return 'registered';
  }
  if (sameSet(current.matches ?? [], matches)) return 'unchanged';
  await api.update(matches);
  return 'updated';
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((x) => set.has(x));
}

/**
 * Runs `sync` one at a time: events (a grant, a settings change, start-up) can arrive
 * together, and two overlapping registrations would fail with "duplicate script id".
 * A call made while one runs is folded into a single follow-up run.
 */
export function serialised(sync: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      await sync().catch((error: unknown) => console.warn('Parallax: could not update the content script registration', error));
    } while (again);
    running = null;
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = run();
    return running;
  };
}
