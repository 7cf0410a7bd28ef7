import { describe, expect, test } from 'vitest';
import { compareAccounts } from '../../../core/compare/compare-accounts';
import { factKind } from '../../../core/compare/fact-kind';
import { fingerprint } from '../../../core/matching/fingerprint';
import { SEEDS } from '../matching/seeds';

describe('what the comparison view calls a name', () => {
  test.each([
    ['Arvid Hollen', 'p', 'person'],
    ['Kestrel', 'l', 'place'],
    ['Meridian Cooperation Organisation', 'o', 'organisation'],
    ['NATO', 'o', 'organisation'],
    ['Congress', 'o', 'organisation'],
    ['U.S.', 'o', 'place'],
    ['UK', 'o', 'place'],
    ['Marovia', 'e', 'name'],
    ['Western Union', 'o', 'organisation'],
    ['Democratic Party', 'e', 'name'],
  ])('%s (%s) is shown as %s', (display, letter, kind) => {
    expect(factKind(display, letter)).toBe(kind);
  });

  test.each([
    ['Western', 'e'],
    ['Russian', 'e'],
    ['Israelis', 'e'],
    ['Turkmens', 'e'],
    ['Asian Americans', 'e'],
    ['Republicans', 'e'],
    ['GDP', 'o'],
    ['CPI', 'o'],
    ['COVID', 'o'],
    ['GB', 'o'],
    ['Government', 'e'],
    ['Police', 'o'],
    ['Council', 'o'],
    ['Hollen', '-'],
  ])('%s (%s) is left out', (display, letter) => {
    expect(factKind(display, letter)).toBeNull();
  });
});

describe('the founding scenario’s facts only one account has', () => {
  test.skipIf(!SEEDS)('list no adjective of origin and no measure as a name (skipped without the shared seeds)', () => {
    const { dw, kyiv } = SEEDS!;
    const accounts = [dw, kyiv].map((a) => ({ url: a.id, outlet: a.outlet!, title: a.title, text: a.text, flags: [], fingerprint: fingerprint(a) }));
    const facts = compareAccounts(accounts).facts.flat();
    const names = facts.filter((f) => f.kind !== 'number');
    expect(names.length).toBeGreaterThan(0);
    expect(names.map((f) => f.text)).not.toContain('Western');
    expect(names.filter((f) => f.kind === 'organisation').map((f) => f.text)).not.toContain('GDP');
  });
});
