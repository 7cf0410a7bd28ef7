/**
 * At most `limit` tasks running at once; the rest wait their turn in the order they came.
 * A slow or dead site then holds one slot (until its request times out) while the others
 * go on through the rest.
 */
export function limitConcurrency(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A finished task hands its slot straight to the next in line: were it freed first, a
  // newcomer could take it before the woken task runs, and the limit would be passed.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** One task at a time: the read-modify-write of a shared storage value, between checks that run side by side. */
export function exclusive(): <T>(task: () => Promise<T>) => Promise<T> {
  return limitConcurrency(1);
}
