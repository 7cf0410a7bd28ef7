import { expect, test } from 'vitest';
import { exclusive, limitConcurrency } from '../../../background/feeds/limit-concurrency';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test.each([1, 2, 6])('never more than %i at once, newcomers included, and every task runs', async (limit) => {
  const run = limitConcurrency(limit);
  let open = 0;
  let most = 0;
  const done: number[] = [];
  const task = (n: number) => async () => {
    open++;
    most = Math.max(most, open);
    await tick();
    open--;
    done.push(n);
    return n;
  };
  const first = Array.from({ length: 10 }, (_, n) => run(task(n)));
  // Newcomers arrive just as tasks finish: the moment a freed slot could be taken twice.
  await tick();
  const later = Array.from({ length: 10 }, (_, n) => run(task(10 + n)));
  expect(await Promise.all([...first, ...later])).toEqual(Array.from({ length: 20 }, (_, n) => n));
  expect(most).toBe(limit);
  expect(done).toHaveLength(20);
});

test('a task that throws frees its slot', async () => {
  const run = exclusive();
  await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(await run(async () => 'next')).toBe('next');
});

test('exclusive read-modify-write loses no update', async () => {
  const run = exclusive();
  let stored: number[] = [];
  await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      run(async () => {
        const read = [...stored];
        await tick();
        stored = [...read, n];
      }),
    ),
  );
  expect(stored).toHaveLength(20);
});
