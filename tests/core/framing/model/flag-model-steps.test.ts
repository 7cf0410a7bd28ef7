import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFlagModel, loadFlagModelSteps, type FlagModelLoad } from '../../../../core/framing';

/**
 * The extension ships the model's asset as JSON text and builds it a step at a time
 * (wxt.config.ts, content/flag-options.ts): the steps must give what one call gives, and
 * pause often enough that no step builds the whole model.
 */

const ASSET_TEXT = readFileSync(resolve(import.meta.dirname, '../../../../assets/flag-model.json'), 'utf8');

function runSteps(raw: unknown): { load: FlagModelLoad; pauses: number } {
  const steps = loadFlagModelSteps(raw);
  for (let pauses = 0; ; pauses++) {
    const step = steps.next();
    if (step.done) return { load: step.value, pauses };
  }
}

describe('the asset as text, built a step at a time', () => {
  test('gives the model the asset’s object gives', () => {
    const { load } = runSteps(ASSET_TEXT);
    const whole = loadFlagModel(JSON.parse(ASSET_TEXT));
    expect(load.problem).toBeNull();
    expect(whole.problem).toBeNull();
    expect([...load.model!.loaded]).toEqual([...whole.model!.loaded]);
    expect([...load.model!.naming]).toEqual([...whole.model!.naming]);
    expect([...load.model!.affect.afinn]).toEqual([...whole.model!.affect.afinn]);
    expect([...load.model!.affect.vader]).toEqual([...whole.model!.affect.vader]);
    expect(load.model!.thresholds).toEqual(whole.model!.thresholds);
  });

  test('pauses after parsing and every few thousand entries', () => {
    const { load, pauses } = runSteps(ASSET_TEXT);
    const entries = load.model!.loaded.size + load.model!.naming.size + load.model!.affect.afinn.size + load.model!.affect.vader.size;
    expect(pauses).toBeGreaterThanOrEqual(1 + Math.floor(entries / 8_000));
  });

  test.each([
    ['text that is not JSON', '{"loaded": {', /not a version 1 model \(its text is not JSON\)/],
    ['JSON of another version', '{"version": 2}', /not a version 1 model$/],
    ['an empty text', '', /its text is not JSON/],
  ])('%s is refused, and says why', (_, raw, problem) => {
    const { load } = runSteps(raw);
    expect(load.model).toBeNull();
    expect(load.problem).toMatch(problem);
  });

  test('damage found late in the asset refuses the whole model', () => {
    const file = JSON.parse(ASSET_TEXT) as { affect: { vader: Record<string, string> } };
    file.affect.vader = { ...file.affect.vader, seven: 'lovely' };
    const { load } = runSteps(JSON.stringify(file));
    expect(load.model).toBeNull();
    expect(load.problem).toMatch(/affect\.vader has a bad row/);
  });
});
