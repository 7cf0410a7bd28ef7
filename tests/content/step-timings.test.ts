import { expect, test } from 'vitest';
import { StepTimings } from '../../content/step-timings';

test('each step is recorded with its start and duration, in order, even when it throws', () => {
  const clock = [100, 112.34, 200, 250];
  const timings = new StepTimings(() => clock.shift() ?? 0);
  expect(timings.time('detect', () => 'news')).toBe('news');
  expect(() => timings.time('extract', () => {
    throw new Error('broken page');
  })).toThrow('broken page');
  expect(timings.steps).toEqual([
    { step: 'detect', start: 100, duration: 12.3 },
    { step: 'extract', start: 200, duration: 50 },
  ]);
});
