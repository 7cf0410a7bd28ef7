import { forceCloseDatabase } from 'fake-indexeddb';
import { mulberry32 } from '../../scripts/seeded-random';

/**
 * Faults for the library's IndexedDB code, on fake-indexeddb, the way browsers fail:
 * - `quota-on-write`: a `put`/`add` request fails with QuotaExceededError (Firefox),
 *   which aborts its transaction;
 * - `quota-at-commit`: every request of a write succeeds, then the commit is refused with
 *   QuotaExceededError (Chromium checks the quota only when committing);
 * - `unknown-error`: a request fails with UnknownError (Chromium's disk and LevelDB
 *   errors), which aborts its transaction;
 * - `invalid-state-throw`: a request method throws InvalidStateError on the spot, and the
 *   transaction is NOT aborted by it (the spec leaves that to the caller);
 * - `abort-midway`: the transaction is aborted after k requests, as when the browser
 *   gives up on it;
 * - `connection-closed`: after k requests the connection is closed under the code, every
 *   transaction of it aborted and `close` fired (the reader cleared site data, the disk
 *   went away): later calls on it throw InvalidStateError.
 *
 * Each transaction draws, when it makes its first request, whether it gets a fault, which
 * kind, and after how many requests (mostly a few; sometimes thousands, to reach the end
 * of an import), from mulberry32(seed): the same workload meets the same faults on every
 * run. A fault is counted when it took effect, not when planned (a planned abort may find
 * its transaction already committed). Hooks fake-indexeddb's transaction internals
 * (`_execRequestAsync`, which every request and cursor step goes through, and `_start`,
 * which commits) and the store's write methods; `uninstall()` puts them back.
 */

export const FAULT_KINDS = ['quota-on-write', 'quota-at-commit', 'unknown-error', 'invalid-state-throw', 'abort-midway', 'connection-closed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultOptions {
  seed: number;
  /** Chance that a transaction gets a fault. @default 0.1 */
  rate?: number;
  /** Relative weight of each kind. @default 1 each */
  weights?: Partial<Record<FaultKind, number>>;
}

export interface FaultyIdb {
  /** Faults that took effect, by kind. */
  readonly injected: Record<FaultKind, number>;
  /** Transactions and requests seen while armed. */
  readonly seen: { transactions: number; requests: number };
  /** Faults are drawn only while armed (the default); checks of the library run disarmed. */
  armed: boolean;
  /**
   * The next transactions (readwrite only, when `writesOnly`) get these faults, in order,
   * and none drawn; `null` lets one pass untouched.
   */
  force(kind: FaultKind | null, at?: number, options?: { writesOnly?: boolean }): void;
  total(): number;
  uninstall(): void;
}

// The parts of fake-indexeddb's classes the injector uses.
interface FakeRequest {
  readyState: string;
}
interface FakeRequestArgs {
  source?: unknown;
  operation: () => unknown;
}
interface FakeDb {
  _rawDatabase: { transactions: FakeTx[] };
}
interface FakeTx {
  mode: IDBTransactionMode;
  _state: string;
  db: FakeDb;
  _requests: Array<{ request: FakeRequest }>;
  _abort(errName: string | null): void;
  abort(): void;
  _execRequestAsync(args: FakeRequestArgs): FakeRequest;
  _start(): void;
}
type StoreMethod = (this: unknown, ...args: unknown[]) => unknown;

interface Plan {
  kind: FaultKind | null;
  at: number;
  requests: number;
  writes: number;
  done: boolean;
}

const QUOTA_KINDS: ReadonlySet<FaultKind> = new Set(['quota-on-write', 'quota-at-commit']);
const WRITE_METHODS = ['put', 'add', 'delete', 'clear'] as const;

export function installFaultyIdb(options: FaultOptions): FaultyIdb {
  const rand = mulberry32(options.seed);
  const rate = options.rate ?? 0.1;
  const weighted = FAULT_KINDS.map((kind) => [kind, options.weights?.[kind] ?? 1] as const).filter(([, w]) => w > 0);
  const txProto = IDBTransaction.prototype as unknown as FakeTx;
  const storeProto = IDBObjectStore.prototype as unknown as Record<(typeof WRITE_METHODS)[number], StoreMethod>;
  const original = { exec: txProto._execRequestAsync, start: txProto._start, store: { ...pick(storeProto) } };
  const plans = new WeakMap<FakeTx, Plan>();
  const forced: Array<{ kind: FaultKind | null; at: number; writesOnly: boolean }> = [];
  // The store method whose request is being made (requests are made synchronously inside it).
  let method: string | null = null;

  const injector: FaultyIdb = {
    injected: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
    seen: { transactions: 0, requests: 0 },
    armed: true,
    force: (kind, at = 1, { writesOnly = false } = {}) => void forced.push({ kind, at, writesOnly }),
    total: () => FAULT_KINDS.reduce((n, k) => n + injector.injected[k], 0),
    uninstall() {
      txProto._execRequestAsync = original.exec;
      txProto._start = original.start;
      Object.assign(storeProto, original.store);
    },
  };

  function planFor(tx: FakeTx): Plan {
    let plan = plans.get(tx);
    if (plan) return plan;
    injector.seen.transactions++;
    plan = { kind: null, at: 0, requests: 0, writes: 0, done: false };
    const i = forced.findIndex((f) => !f.writesOnly || tx.mode !== 'readonly');
    if (i >= 0) {
      const [f] = forced.splice(i, 1);
      Object.assign(plan, { kind: f!.kind, at: f!.at });
    } else if (rand() < rate) {
      const kinds = weighted.filter(([kind]) => tx.mode !== 'readonly' || !QUOTA_KINDS.has(kind));
      let x = rand() * kinds.reduce((s, [, w]) => s + w, 0);
      plan.kind = kinds.find(([, w]) => (x -= w) < 0)?.[0] ?? kinds[0]?.[0] ?? null;
      plan.at = rand() < 0.75 ? 1 + Math.floor(rand() * 8) : 1 + Math.floor(rand() ** 2 * 2_000);
    }
    plans.set(tx, plan);
    return plan;
  }

  const took = (kind: FaultKind): void => void injector.injected[kind]++;
  const failing = (kind: FaultKind, name: string) => () => {
    took(kind);
    throw new DOMException(`${name} (injected)`, name);
  };
  const later = (fault: () => void): void => void setImmediate(() => injector.armed && fault());

  function closeConnection(db: FakeDb): void {
    for (const tx of db._rawDatabase.transactions) if (tx.db === db && tx._state !== 'finished') tx._abort('AbortError');
    forceCloseDatabase(db as unknown as Parameters<typeof forceCloseDatabase>[0]);
    took('connection-closed');
  }

  txProto._execRequestAsync = function (this: FakeTx, args: FakeRequestArgs): FakeRequest {
    // Requests without a source are fake-indexeddb's own bookkeeping (index creation).
    if (!injector.armed || !args.source) return original.exec.call(this, args);
    const plan = planFor(this);
    injector.seen.requests++;
    const writing = method !== null;
    const due = plan.kind !== null && !plan.done && ++plan.requests >= plan.at;
    if (!due || plan.kind === 'quota-at-commit' || (plan.kind === 'quota-on-write' && method !== 'put' && method !== 'add')) {
      const request = original.exec.call(this, args);
      if (writing) plan.writes++;
      return request;
    }
    plan.done = true;
    switch (plan.kind) {
      case 'invalid-state-throw':
        took('invalid-state-throw');
        throw new DOMException('InvalidStateError (injected)', 'InvalidStateError');
      case 'unknown-error':
        return original.exec.call(this, { ...args, operation: failing('unknown-error', 'UnknownError') });
      case 'quota-on-write':
        return original.exec.call(this, { ...args, operation: failing('quota-on-write', 'QuotaExceededError') });
      case 'abort-midway':
        later(() => {
          try {
            this.abort();
            took('abort-midway');
          } catch {
            // it committed first: no fault
          }
        });
        break;
      case 'connection-closed':
        later(() => closeConnection(this.db));
        break;
    }
    return original.exec.call(this, args);
  };

  txProto._start = function (this: FakeTx): void {
    const plan = plans.get(this);
    const committing = this._state !== 'finished' && this._requests.every(({ request }) => request.readyState === 'done');
    if (injector.armed && committing && plan?.kind === 'quota-at-commit' && !plan.done && plan.writes > 0) {
      plan.done = true;
      took('quota-at-commit');
      this._abort('QuotaExceededError');
      return;
    }
    original.start.call(this);
  };

  for (const name of WRITE_METHODS) {
    const write = original.store[name];
    storeProto[name] = function (this: unknown, ...args: unknown[]) {
      method = name;
      try {
        return write.apply(this, args);
      } finally {
        method = null;
      }
    };
  }
  return injector;
}

function pick(store: Record<(typeof WRITE_METHODS)[number], StoreMethod>): Record<(typeof WRITE_METHODS)[number], StoreMethod> {
  return { put: store.put, add: store.add, delete: store.delete, clear: store.clear };
}
