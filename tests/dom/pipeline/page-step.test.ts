import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../cli/parse-document';
import { analyzeDocument, pageSteps } from '../../../dom/pipeline/analyze-document';
import { oneStep, runStraight, stepsOf, type PageStep, type PageSteps } from '../../../dom/pipeline/page-step';
import { readFixtureHtml } from '../../fixtures/fixture-pages';

const ARTICLE = 'outlet-one/world/voskov-lin-temirsk-talks.html';
const NOT_NEWS = 'wiki/meridian-cooperation-organization.html';
const url = (path: string) => `http://127.0.0.1/${path}`;

/** Every step announced, in order, and the outcome. */
function announced<T>(steps: PageSteps<T>): { steps: PageStep[]; value: T } {
  const seen: PageStep[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { steps: seen, value: next.value };
    seen.push(next.value);
  }
}

function* parts(count: number, log: string[]): Generator<void, number, void> {
  for (let i = 1; i < count; i++) {
    log.push(`part ${i}`);
    yield;
  }
  log.push(`part ${count}`);
  return count;
}

describe('steps', () => {
  test('each part of a stepwise computation is announced before it runs, later parts after a pause', () => {
    const log: string[] = [];
    const steps = stepsOf('extract', parts(3, log), false);
    expect(steps.next()).toEqual({ done: false, value: { name: 'extract', pause: false } });
    expect(log).toEqual([]);
    expect(steps.next()).toEqual({ done: false, value: { name: 'extract', pause: true } });
    expect(log).toEqual(['part 1']);
    expect(steps.next()).toEqual({ done: false, value: { name: 'extract', pause: true } });
    expect(steps.next()).toEqual({ done: true, value: 3 });
    expect(log).toEqual(['part 1', 'part 2', 'part 3']);
  });

  test('one step runs its work only when driven past its announcement', () => {
    let ran = false;
    const steps = oneStep('kind', true, () => (ran = true));
    expect(steps.next().value).toEqual({ name: 'kind', pause: true });
    expect(ran).toBe(false);
    expect(runStraight(steps)).toBe(true);
  });
});

describe('pageSteps, the whole pipeline as the CLI runs it', () => {
  test('an article goes through every step, in the order and with the pauses the content script keeps', () => {
    const { steps, value } = announced(pageSteps(parseDocument(readFixtureHtml(ARTICLE)), url(ARTICLE)));
    expect(steps.map((s) => `${s.name}${s.pause ? '' : '*'}`)).toEqual(['detect*', 'extract', 'extract', 'extract', 'extract', 'lexicon*', 'flag', 'kind*']);
    expect(value.extraction?.article.text.length).toBeGreaterThan(1_000);
    expect(value.flags.length).toBeGreaterThan(0);
    expect(value.size?.tooLarge).toBe(false);
  });

  test('straight through gives what the steps give', () => {
    const stepped = announced(pageSteps(parseDocument(readFixtureHtml(ARTICLE)), url(ARTICLE))).value;
    const straight = analyzeDocument(parseDocument(readFixtureHtml(ARTICLE)), url(ARTICLE));
    expect(straight.extraction?.article).toEqual(stepped.extraction?.article);
    expect(straight.flags).toEqual(stepped.flags);
    expect(straight.pieceType).toEqual(stepped.pieceType);
  });

  test('a page that is not news stops after detection, unless extraction is asked for anyway', () => {
    const alone = announced(pageSteps(parseDocument(readFixtureHtml(NOT_NEWS)), url(NOT_NEWS)));
    expect(alone.steps.map((s) => s.name)).toEqual(['detect']);
    expect(alone.value).toMatchObject({ extraction: null, flags: [], size: null, pieceType: { kind: 'unknown' } });
    const always = analyzeDocument(parseDocument(readFixtureHtml(NOT_NEWS)), url(NOT_NEWS), { always: true });
    expect(always.extraction?.article.text.length).toBeGreaterThan(0);
  });

  test('a news page too large to read stops after detection, saying so; the CLI (always) still reads it', () => {
    const doc = oversized();
    const guarded = announced(pageSteps(doc, url(ARTICLE)));
    expect(guarded.steps.map((s) => s.name)).toEqual(['detect']);
    expect(guarded.value).toMatchObject({ extraction: null, size: { tooLarge: true } });
    expect(guarded.value.verdict.isNews).toBe(true);
    const always = analyzeDocument(oversized(), url(ARTICLE), { always: true });
    expect(always.extraction?.article.text.length).toBeGreaterThan(1_000_000);
  });
});

function oversized(): Document {
  const doc = parseDocument(readFixtureHtml(ARTICLE));
  const padding = doc.createElement('p');
  padding.textContent = 'word '.repeat(250_000);
  doc.querySelector('article')!.append(padding);
  return doc;
}
