import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic-articles';
import { mulberry32 } from '../../scripts/seeded-random';
import { indexEntry } from '../../db/index-entry';
import { openLibrary } from '../../db/library-db';
import { LIBRARY_DB_VERSION, type StoredArticle } from '../../db/library-schema';
import { FAULT_KINDS, installFaultyIdb, type FaultyIdb } from './faulty-idb';
import { faultWorkload, type Guard } from './fault-workload';
import { expectIndexConsistent, layOutVersion1, rawOpen, report } from './library-fixtures';
import { checkStep, errorName, fileForm, newTally, PROBLEM_KINDS, type LibraryModel, type ModelOp, type Outcome, type Tally } from './library-model';
import v1File from './upgrade-fixtures/library-v1.json';

/**
 * The hardening issue's figures: faults injected into the library's IndexedDB code while
 * a seeded workload runs, and records lost (must be 0). Every step runs one operation, or
 * a burst of saves, deletes and reads at once, under faults; then, with faults off, the
 * library is checked against the model of what must be true (library-model.ts), and every
 * CHECKPOINT steps the index and the counts are checked in full (expectIndexConsistent).
 */

const SEED = 0x5eed;
const STEPS = 1_500;
/** Every record is compared every FULL_CHECK steps, the counts recounted every CHECKPOINT. */
const FULL_CHECK = 25;
const CHECKPOINT = 100;
/**
 * An operation that has not settled by then has wedged the library. A wedged operation never
 * settles, so the bound only turns a hang into a named failure; it sits far above the slowest
 * operation (an import merge, well under a second on a quiet machine), because at 5 s a busy
 * machine (load 30 on 2 cores) declared a slow but healthy import wedged, and its writes,
 * landing after the check, then read as lost atomicity.
 */
const WEDGED_AFTER_MS = 90_000;

let faults: FaultyIdb | null = null;
afterEach(() => {
  faults?.uninstall();
  faults = null;
});

interface Escapes {
  /** A public function threw instead of returning a rejected promise. */
  syncThrows: number;
  /** A promise rejected with something that is not an Error (the background reads `error.message`). */
  notErrors: number;
  unhandledRejections: number;
  wedged: number;
}

class Wedged extends Error {}

function guardFor(escapes: Escapes): Guard {
  return (call) => {
    try {
      return call();
    } catch (error) {
      escapes.syncThrows++;
      return Promise.reject(error);
    }
  };
}

async function settle(op: ModelOp, escapes: Escapes): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wedge = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Wedged(op.name)), WEDGED_AFTER_MS)));
  try {
    return { op, ok: true, result: await Promise.race([op.run(), wedge]) };
  } catch (error) {
    if (error instanceof Wedged) escapes.wedged++;
    else if (!(error instanceof Error)) escapes.notErrors++;
    return { op, ok: false, error };
  } finally {
    clearTimeout(timer);
  }
}

function figures(steps: number, byOp: Map<string, { ok: number; failed: number }>, injector: FaultyIdb, tally: Tally, escapes: Escapes, ms: number): string {
  const ops = [...byOp.values()].reduce((n, o) => n + o.ok + o.failed, 0);
  const failed = [...byOp.values()].reduce((n, o) => n + o.failed, 0);
  return [
    `seed ${SEED}: ${steps} steps, ${ops} operations (${failed} failed), ${(ms / 1000).toFixed(1)} s`,
    `operations: ${[...byOp].map(([name, o]) => `${name} ${o.ok}+${o.failed}`).join(', ')}`,
    `faults injected: ${injector.total()} (${FAULT_KINDS.map((k) => `${k} ${injector.injected[k]}`).join(', ')}) in ${injector.seen.transactions} transactions, ${injector.seen.requests} requests`,
    `records lost: ${tally.problems.lost} (must be 0); evicted for space: ${tally.evicted}`,
    `problems: ${PROBLEM_KINDS.map((k) => `${k} ${tally.problems[k]}`).join(', ')}`,
    `escapes: ${Object.entries(escapes).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    ...tally.details,
  ].join('\n');
}

describe('the library under injected faults', () => {
  test('a seeded workload: no record lost, failures leave the library as it was, the index in step', async () => {
    const started = performance.now();
    const name = 'fault-injection';
    const model: LibraryModel = { articles: new Map(), noticeEvicted: 0 };
    const tally = newTally();
    const escapes: Escapes = { syncThrows: 0, notErrors: 0, unhandledRejections: 0, wedged: 0 };
    const byOp = new Map<string, { ok: number; failed: number }>();
    // The library's size at each checkpoint: what the full checks ran on.
    const sizes: number[] = [];
    const unhandled = (reason: unknown): void => {
      // A few are enough to tell where they come from; the problems keep the room.
      if (++escapes.unhandledRejections <= 5) tally.details.push(`unhandled rejection: ${errorName(reason)} ${String(reason)}`);
    };
    process.on('unhandledRejection', unhandled);
    const injector = (faults = installFaultyIdb({ seed: SEED, rate: 0.2, weights: { 'quota-on-write': 1.5, 'quota-at-commit': 1.5 } }));
    const next = faultWorkload({ seed: SEED, dbName: name, guard: guardFor(escapes) }, model);
    try {
      for (let step = 1; step <= STEPS; step++) {
        const ops = next();
        injector.armed = true;
        const outcomes = await Promise.all(ops.map((op) => settle(op, escapes)));
        injector.armed = false;
        for (const { op, ok } of outcomes) {
          const count = byOp.get(op.name) ?? { ok: 0, failed: 0 };
          count[ok ? 'ok' : 'failed']++;
          byOp.set(op.name, count);
        }
        const db = await openLibrary(name);
        await checkStep(db, model, outcomes, tally, step, step % FULL_CHECK === 0);
        if (step % CHECKPOINT === 0 || step === STEPS) {
          sizes.push(model.articles.size);
          await expectIndexConsistent(db).catch((error: unknown) => {
            tally.problems.index++;
            tally.details.push(`step ${step}: the index or the counts disagree with the articles: ${String(error).slice(0, 500)}`);
          });
        }
      }
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    const summary = figures(STEPS, byOp, injector, tally, escapes, performance.now() - started);
    console.log(summary);

    expect(tally.problems.lost, `records lost must be 0\n${summary}`).toBe(0);
    expect(tally.problems, summary).toEqual(Object.fromEntries(PROBLEM_KINDS.map((k) => [k, 0])));
    expect(escapes, summary).toEqual({ syncThrows: 0, notErrors: 0, unhandledRejections: 0, wedged: 0 });
    // The run means something: every kind of fault happened, and the library held articles
    // throughout (at most checkpoints: a clear that succeeds near the end may leave few).
    for (const kind of FAULT_KINDS) expect(injector.injected[kind], `${kind} never happened\n${summary}`).toBeGreaterThan(5);
    expect(tally.evicted, summary).toBeGreaterThan(0);
    const middle = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)]!;
    expect(middle, `sizes at the checkpoints: ${sizes.join(', ')}\n${summary}`).toBeGreaterThan(20);
  }, 600_000);

  test('the schema upgrade, 1 → 2, under each kind of fault: every failed open leaves version 1 whole, and nothing is lost', async () => {
    const name = 'fault-upgrade';
    const articles = versionOneLibrary();
    await layOutVersion1(name, articles);
    const injector = (faults = installFaultyIdb({ seed: SEED, rate: 0 }));
    const r = mulberry32(SEED);
    // One attempt per kind, each at a request somewhere in the upgrade's ~1,050, then one without faults.
    const plan = FAULT_KINDS.map((kind) => ({ kind, at: 1 + Math.floor(r() * 1_000) }));
    const failures: string[] = [];
    const unhandled: string[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(`${errorName(reason)}: ${String(reason)}`);
    process.on('unhandledRejection', onUnhandled);
    let lost = 0;
    try {
      for (const { kind, at } of plan) {
        injector.force(kind, at);
        const opening = openLibrary(name);
        const wedge = new Promise<'wedged'>((resolve) => setTimeout(() => resolve('wedged'), WEDGED_AFTER_MS));
        const outcome = await Promise.race([opening.then(() => 'opened' as const, (error: unknown) => errorName(error)), wedge]);
        injector.armed = false;
        expect(outcome, `${kind} at request ${at}`).not.toBe('wedged');
        if (outcome === 'opened') break;
        failures.push(`${kind}@${at}: ${outcome}`);
        // Still version 1 (opening it at 1 would fail otherwise), every article as it was.
        const old = await rawOpen(name, 1, () => undefined);
        const stored = await new Promise<StoredArticle[]>((resolve) => {
          const request = old.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => resolve(request.result as StoredArticle[]);
        });
        old.close();
        lost += articles.filter((a, i) => JSON.stringify(stored[i]) !== JSON.stringify(a)).length + Math.max(0, articles.length - stored.length);
        injector.armed = true;
      }
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    injector.armed = false;
    const db = await openLibrary(name);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    const upgraded = new Map((await db.getAll('articles')).map((a) => [a.url, a]));
    lost += articles.filter((a) => !upgraded.has(a.url) || fileForm(upgraded.get(a.url)!) !== fileForm(a)).length;
    const summary = `upgrade of ${articles.length} articles: ${failures.length} failed opens (${failures.join(', ')}), faults injected ${injector.total()}, records lost ${lost}, unhandled rejections ${unhandled.length}`;
    console.log(summary);
    expect(lost, `records lost must be 0: ${summary}`).toBe(0);
    expect(failures.length, summary).toBeGreaterThanOrEqual(4);
    expect(unhandled, summary).toEqual([]);
    // The record that had none among them.
    expect([...upgraded.values()].filter((a) => !a.fingerprint?.words), 'every record has a fingerprint').toEqual([]);
    await expectIndexConsistent(db);
  }, 600_000);
});

/** The version 1 fixture, one of its records without a fingerprint, and enough synthetic articles to take two of the upgrade's batches. */
function versionOneLibrary(): StoredArticle[] {
  const fixture = v1File.articles as unknown as StoredArticle[];
  const { fingerprint: _fp, ...damaged } = fixture[0]!;
  const synthetic = [...syntheticArticles(520, SEED)].map((a, i): StoredArticle => {
    const { fingerprint, keys } = indexEntry(report(a.url!, a.title ?? '', a.text, a.date));
    return { ...report(a.url!, a.title ?? '', a.text, a.date), fingerprint, keys, firstSeen: i, lastSeen: i, savedByHand: i % 7 === 0 };
  });
  // Sorted by URL, the store's order, so the raw read compares record by record.
  return [damaged as StoredArticle, ...fixture.slice(1), ...synthetic].sort((a, b) => (a.url < b.url ? -1 : 1));
}
