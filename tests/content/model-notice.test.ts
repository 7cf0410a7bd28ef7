import { describe, expect, test } from 'vitest';
import { builtinFlagModel, flagText, loadFlagModel } from '../../core/framing';
import { modelNotice } from '../../content/read-article';

/**
 * When the flag model's asset is missing or damaged, the reader flags with the lexicon
 * alone and the page's state says why, for the popup's Flags tab; nothing throws.
 */
describe('the reader is told when the flag model could not be used', () => {
  test.each([
    ['missing', undefined, /missing/],
    ['not JSON of a model', '{"version":', /version 1/],
    ['a damaged weight', { version: 1, trainedOn: 'x', loaded: { '': { NaN: 'bias' } }, naming: {}, thresholds: {}, affect: {} }, /corrupt/],
  ])('%s', (_, raw, problem) => {
    const load = loadFlagModel(raw);
    expect(load.model).toBeNull();
    expect(modelNotice(load).flagModelProblem).toMatch(problem);
    // The lexicon still flags, and nothing throws.
    expect(flagText('Critics say the regime slammed the plan.', { model: load.model }).map((f) => f.text)).toEqual(['Critics say', 'regime', 'slammed']);
  });

  test('and is told nothing when the shipped model loads', () => {
    expect(builtinFlagModel().problem).toBeNull();
    expect(modelNotice()).toEqual({});
  });
});
