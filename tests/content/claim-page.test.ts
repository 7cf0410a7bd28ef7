import { expect, test } from 'vitest';
import { claimPage } from '../../content/claim-page';

test('the first copy of the script takes the page; a second gives way', () => {
  const scope: Record<symbol, unknown> = {};
  expect(claimPage({ isValid: true }, scope)).toBe(true);
  expect(claimPage({ isValid: true }, scope)).toBe(false);
});

test('a copy left from before an update (its context invalidated) hands the page over', () => {
  const scope: Record<symbol, unknown> = {};
  const old = { isValid: true };
  expect(claimPage(old, scope)).toBe(true);
  old.isValid = false;
  expect(claimPage({ isValid: true }, scope)).toBe(true);
});
