import type { LibraryFileArticle } from '../../core/library-file/library-file-format';
import { postingRow } from '../../db/library-writes';
import type { LibraryDb, StoredArticle } from '../../db/library-schema';
import { toFileArticle } from '../../db/library-export';
import { spaceNotice } from '../../db/library-space';

/**
 * What the reader's library must hold after a run of operations, some of which failed,
 * and the check of the database against it (fault-injection.test.ts). The rules:
 * - an operation that reported success is reflected whole;
 * - one that failed left every record it touches as it was (atomicity);
 * - a record the model holds may be missing only if it was dropped for space, by an
 *   operation that may drop (a save that met a full disk, an eviction): never one saved by
 *   hand, and never one opened more recently than an article kept;
 * - every article has exactly its postings row, there is no other, its keys are filed
 *   there or wait in pending (never both), and the index finds an article just written
 *   and filed under each of its keys;
 * - every article dropped for space is counted in the notice the reader sees.
 * A record missing or changed otherwise is LOST. Each discrepancy is counted once, then
 * the model follows the database, so one fault is not counted again at every later step.
 */

/** Articles a step wrote whose every key is looked up in the index (the checkpoints count the whole index). */
const FINDABLE_CHECKED = 3;

export interface LibraryModel {
  articles: Map<string, LibraryFileArticle>;
  /** Articles dropped for space since the notice was last dismissed. */
  noticeEvicted: number;
}

export interface ModelOp {
  name: string;
  /** The URLs the operation writes or removes; 'all' for clear and replace. */
  touches: 'all' | readonly string[];
  /** It may drop articles for space. */
  mayEvict?: boolean;
  /** A save at `now`: eviction may have taken the old record first, so it is new again. */
  rewrites?: { url: string; now: number };
  run(): Promise<unknown>;
  /** How many articles the operation says it dropped for space. */
  evictedBy?: (result: unknown) => number;
  /** Changes `model` as the operation's success means; returns what is wrong with its result. */
  apply(model: LibraryModel, result: unknown): string[];
}

export interface Outcome {
  op: ModelOp;
  ok: boolean;
  result?: unknown;
  error?: unknown;
}

export const PROBLEM_KINDS = ['lost', 'atomicity', 'phantom', 'index', 'evictedOutOfOrder', 'unreportedEviction', 'badResult'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface Tally {
  problems: Record<ProblemKind, number>;
  evicted: number;
  /** The first problems found, described. */
  details: string[];
  told: Set<string>;
}

export function newTally(): Tally {
  return { problems: Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])) as Record<ProblemKind, number>, evicted: 0, details: [], told: new Set() };
}

/** The fields a library record is compared on: what the file keeps of it. */
export function fileForm(article: LibraryFileArticle | StoredArticle): string {
  return JSON.stringify(toFileArticle(article as StoredArticle));
}

/**
 * Applies the step's successes to the model, then checks the database against it: which
 * articles and postings rows exist always, the records the step touched and their rows
 * (all of them when `full`, or when the step touched every record).
 */
export async function checkStep(db: LibraryDb, model: LibraryModel, outcomes: readonly Outcome[], tally: Tally, step: number, full = false): Promise<void> {
  const before = new Map(model.articles);
  const note = (kind: ProblemKind, what: string): void => {
    // An index row left wrong is told once, not again at every later step.
    if (kind === 'index' && tally.told.has(what)) return;
    tally.told.add(what);
    tally.problems[kind]++;
    if (tally.details.length < 40) tally.details.push(`step ${step} [${outcomes.map((o) => `${o.op.name}:${o.ok ? 'ok' : errorName(o.error)}`).join(', ')}] ${kind}: ${what}`);
  };
  for (const { op, result } of outcomes.filter((o) => o.ok)) {
    try {
      for (const problem of op.apply(model, result)) note('badResult', problem);
    } catch (error) {
      note('badResult', `${op.name} returned what cannot be read: ${String(error)}`);
    }
  }

  const failedTouch = (url: string): boolean => outcomes.some((o) => !o.ok && (o.op.touches === 'all' || o.op.touches.includes(url)));
  const touched = (url: string): boolean => outcomes.some((o) => o.op.touches === 'all' || o.op.touches.includes(url));
  const mayEvict = outcomes.some((o) => o.op.mayEvict);
  full ||= outcomes.some((o) => o.op.touches === 'all');
  const [urls, postingUrls, pendingRows, notice] = await Promise.all([db.getAllKeys('articles'), db.getAllKeys('postings'), db.getAll('pending'), spaceNotice(db)]);
  const waiting = new Map(pendingRows.map((row) => [row.url, row.keys]));
  const present = new Set(urls);
  // Records read: the step's, and any the model does not expect; every one when full.
  const wanted = full ? urls : urls.filter((url) => touched(url) || !model.articles.has(url));
  const records = full ? await db.getAll('articles') : await Promise.all(wanted.map((url) => db.get('articles', url)));
  const stored = new Map(records.map((r) => [r!.url, r!]));

  // Dropped for space: the oldest opened, not saved by hand; kept articles untouched by the step bound how new.
  const keptUntouched = [...before.values()].filter((a) => !a.savedByHand && present.has(a.url) && !touched(a.url));
  const newestDroppable = Math.min(...keptUntouched.map((a) => a.lastSeen));
  let evicted = 0;
  for (const [url, expected] of model.articles) {
    const record = stored.get(url);
    if (record) {
      if (fileForm(record) === fileForm(expected)) continue;
      const rewrite = outcomes.find((o) => o.ok && o.op.rewrites?.url === url);
      // Eviction took the old record before the save wrote it again: dropped, and new.
      const renewed = rewrite && mayEvict && before.get(url)?.savedByHand === false && fileForm(record) === fileForm({ ...expected, firstSeen: rewrite.op.rewrites!.now });
      if (renewed) evicted++;
      else note(failedTouch(url) ? 'atomicity' : 'lost', `${url} differs: stored ${fileForm(record).slice(0, 300)} expected ${fileForm(expected).slice(0, 300)}`);
      model.articles.set(url, toFileArticle(record));
      continue;
    }
    if (present.has(url)) continue;
    model.articles.delete(url);
    const was = before.get(url) ?? expected;
    if (mayEvict && !was.savedByHand && !expected.savedByHand) {
      evicted++;
      if (was.lastSeen > newestDroppable) note('evictedOutOfOrder', `${url} (last seen ${was.lastSeen}) dropped before one last seen ${newestDroppable}`);
    } else {
      note(failedTouch(url) ? 'atomicity' : 'lost', `${url} is missing${expected.savedByHand ? ' (saved by hand)' : ''}`);
    }
  }
  for (const record of stored.values()) {
    if (model.articles.has(record.url)) continue;
    note(failedTouch(record.url) ? 'atomicity' : 'phantom', `${record.url} is stored but should not be`);
    model.articles.set(record.url, toFileArticle(record));
  }
  tally.evicted += evicted;
  for (const { op, ok, result } of outcomes) {
    if (ok && op.evictedBy && op.evictedBy(result) !== evicted) note('badResult', `${op.name} said it dropped ${op.evictedBy(result)}, ${evicted} went`);
  }

  // One postings row per article, and for the records read, the row their keys make (keys waiting in pending put back).
  const rowed = new Set(postingUrls);
  for (const url of waiting.keys()) if (!present.has(url)) note('index', `${url}: keys waiting for no article`);
  const rowless = urls.filter((url) => !rowed.has(url));
  const orphans = postingUrls.filter((url) => !present.has(url));
  for (const url of rowless) note('index', `${url}: no postings row`);
  for (const url of orphans) note('index', `${url}: a postings row without an article`);
  const rows = await Promise.all([...stored.keys()].map((url) => db.get('postings', url)));
  for (const [i, record] of [...stored.values()].entries()) {
    const row = rows[i];
    if (row && waiting.has(record.url) && row.keys.length > 0) note('index', `${record.url}: keys both filed and waiting`);
    const asRead = row && waiting.has(record.url) ? { ...row, keys: waiting.get(record.url) } : row;
    if (asRead && JSON.stringify(asRead) !== JSON.stringify(postingRow(record))) note('index', `${record.url}: its postings row differs from its keys`);
  }
  // And the index finds the articles the step wrote and filed under each of their keys, on their day.
  const written = [...stored.values()].filter((r) => touched(r.url) && !waiting.has(r.url)).slice(0, FINDABLE_CHECKED);
  for (const record of written) {
    const lists = await Promise.all(postingRow(record).keys.map((entry) => db.getAllKeysFromIndex('postings', 'by-key', IDBKeyRange.only(entry))));
    const missed = lists.filter((urls) => !urls.includes(record.url)).length;
    if (missed > 0) note('index', `${record.url}: not found under ${missed} of its keys`);
  }

  model.noticeEvicted += evicted;
  const told = notice?.evicted ?? 0;
  if (told !== model.noticeEvicted) {
    note('unreportedEviction', `the notice says ${told} dropped, ${model.noticeEvicted} were`);
    model.noticeEvicted = told;
  }
}

export function errorName(error: unknown): string {
  return (error as { name?: string } | null)?.name ?? typeof error;
}
