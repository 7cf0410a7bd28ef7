/**
 * How the library's transactions end when the work in them fails. IndexedDB aborts a
 * transaction by itself only when one of its requests fails: a request method that throws
 * on the spot (InvalidStateError, DataError), or an exception thrown between requests,
 * leaves it to commit whatever was requested before, half a write (an article deleted
 * and its postings row kept, the articles cleared and not their index). And idb gives
 * every transaction a `done` promise that rejects when it aborts: one nobody awaits is an
 * unhandled rejection in the background's error log (tests/db/library-faults.test.ts).
 */

interface EndingTx {
  abort(): void;
  done: Promise<void>;
}

/** Runs `work` in `tx` and waits for the commit; when anything fails, `tx` is aborted, so nothing of the work is kept. */
export async function inTransaction<T>(tx: EndingTx, work: () => Promise<T>): Promise<T> {
  watched(tx);
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    await abortAndWait(tx);
    throw error;
  }
}

/** `tx`, its end listened to from the start: a read that fails before it awaits `done` leaves no unhandled rejection. */
export function watched<T extends EndingTx>(tx: T): T {
  tx.done.catch(() => undefined);
  return tx;
}

/** Aborts `tx` unless it is over, and waits for it to end: why it aborted, or null if it had committed. */
export async function abortAndWait(tx: EndingTx): Promise<unknown> {
  const ended = tx.done.then(
    () => null,
    (reason: unknown) => reason,
  );
  try {
    tx.abort();
  } catch {
    // already finished, or aborted by the failed request
  }
  return ended;
}

/**
 * Makes the requests in order and waits for them all, like `Promise.all` of them. When one
 * is refused on the spot, the ones made before it are answered (they fail as the caller
 * aborts the transaction) rather than left unhandled, and the refusal is the rejection.
 */
export async function requestAll<T>(requests: ReadonlyArray<() => Promise<T>>): Promise<T[]> {
  const made: Array<Promise<T>> = [];
  try {
    for (const request of requests) made.push(request());
  } catch (error) {
    for (const promise of made) promise.catch(() => undefined);
    throw error;
  }
  return Promise.all(made);
}
