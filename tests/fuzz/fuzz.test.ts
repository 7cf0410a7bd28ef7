import { beforeAll, describe, expect, test } from 'vitest';
import type { Flag } from '../../core/protocol/article';
import { parseDocument } from '../../cli/parse-document';
import { checkFlags } from './check-account';
import { checkCase, KINDS, makeCase } from './fuzz-kinds';
import { isKnown } from './known-faults';
import { sentinelsAsText } from './page-walk';
import { runFuzz, type FuzzSummary } from './run-fuzz';
import { checkBody, checkLine, Faults } from './text-checks';

/**
 * The fuzz suite's fixed-seed run: the same 2,000 small cases of every kind and the first
 * four huge ones (nesting 5,000-20,000 deep, 10 MB of text, megabyte attributes, 10,000+
 * paragraphs) on every run, through detection, extraction, flagging, the report, the
 * background's validation and matching, and feeds through the feed parser. About 35 s on
 * the two-core machine. The long run is `tsx scripts/fuzz.ts --seed=N --count=M`; a case
 * it reports is made again by `makeCase(seed, number, huge)` (fuzz-kinds.ts).
 */

const PLAN = { seed: 20_250_312, count: 2_000, huge: 4 };

describe(`fuzz, seed ${PLAN.seed}: ${PLAN.count} small cases and ${PLAN.huge} huge ones`, () => {
  let summary: FuzzSummary;
  beforeAll(() => {
    summary = runFuzz(PLAN);
  }, 1_800_000);

  test('no throw escapes and every output is text, apart from the faults known and owned elsewhere', () => {
    const found = summary.failures.flatMap((failure) =>
      failure.faults
        .filter((fault) => !isKnown(fault.invariant))
        .map((fault) => `${failure.kind} #${failure.index}${failure.huge ? ' (huge)' : ''}: ${fault.invariant}: ${fault.detail}`),
    );
    // Counted, and the first few shown: a broken step fails thousands of cases at once.
    expect({ faults: found.length, first: found.slice(0, 20) }).toEqual({ faults: 0, first: [] });
  });

  test('every kind of case ran', () => {
    expect(Object.keys(summary.byKind)).toEqual(expect.arrayContaining(Object.keys(KINDS)));
    expect(summary.cases).toBe(PLAN.count + PLAN.huge);
  });

  test('the pages reached extraction and flagging, not only the parser', () => {
    for (const kind of ['mutated-template', 'markup-in-metadata', 'bidi-and-mixed-scripts', 'thousands-of-paragraphs']) {
      const tally = summary.byKind[kind]!;
      expect(tally.withText / tally.cases, kind).toBeGreaterThan(0.8);
    }
    expect(summary.byKind['mutated-template']!.flags).toBeGreaterThan(summary.byKind['mutated-template']!.cases);
  });
});

/** Each check, shown a broken output, says so: a fuzz run that cannot fail proves nothing. */
// Cases long runs found (`npm run fuzz`), kept so that what they broke stays fixed.
test.each([
  [2026, 3790],
  [2026, 14327],
  [2026, 3491],
  [13, 14714],
  [13, 5511],
])('long-run case %i #%i: no new fault', (seed, index) => {
  const found = checkCase(makeCase(seed, index, false)).faults.filter((fault) => !isKnown(fault.invariant));
  expect(found).toEqual([]);
});

describe('the checks catch what they are for', () => {
  const line = { max: 20, nullable: true, brokenInput: false };
  test.each<[string, (faults: Faults) => void, string]>([
    ['a NUL in a title', (f) => checkLine(f, 'title', 'Floods\u0000 rise', line), 'control-char'],
    ['a line break in a byline', (f) => checkLine(f, 'byline', 'Jane\nDoe', line), 'field-lines'],
    ['half an emoji at a cut', (f) => checkLine(f, 'title', 'Floods \ud83d', line), 'lone-surrogate'],
    ['a field over its limit', (f) => checkLine(f, 'title', 'x'.repeat(21), line), 'field-length'],
    ['an untrimmed field', (f) => checkLine(f, 'title', ' Floods', line), 'field-untrimmed'],
    ['a number for a title', (f) => checkLine(f, 'title', 7, line), 'field-type'],
    ['two spaces in a body', (f) => checkBody(f, 'text', 'Floods  rise', line), 'body-whitespace'],
    ['three line breaks in a body', (f) => checkBody(f, 'text', 'Floods\n\n\nrise', line), 'body-whitespace'],
    ['ESC in a body', (f) => checkBody(f, 'text', 'Floods\u001b[31m', line), 'control-char'],
  ])('%s', (_name, check, invariant) => {
    const faults = new Faults();
    check(faults);
    expect(faults.list.map((f) => f.invariant)).toEqual([invariant]);
  });

  test('a flag whose offsets do not give its text', () => {
    const faults = new Faults();
    const flag: Flag = { start: 0, end: 6, text: 'regime', category: 'label', voice: 'outlet', speaker: null, entryId: 'regime', explanation: '', neutral: [] };
    checkFlags(faults, 'The regime fell', [flag], false);
    expect(faults.list.map((f) => f.invariant)).toEqual(['flag-text']);
  });

  test('a throw is caught as a fault, not let through', () => {
    const faults = new Faults();
    faults.attempt('analyze', () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(faults.list).toEqual([{ invariant: 'throws:analyze', detail: 'RangeError: Maximum call stack size exceeded' }]);
  });

  test('a sentinel counts as text only where the page holds it as text', () => {
    const doc = parseDocument('<html><head><title>&lt;pxz-tag&gt;</title><script>pxzscript()</script></head><body><pxz-tag pxz-attr="1">x</pxz-tag><!-- pxzcomment --></body></html>');
    expect([...sentinelsAsText(doc)]).toEqual(['pxz-tag']);
  });
});
