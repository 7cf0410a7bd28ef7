/**
 * Which words teach the flag model's word scorer (EXAMPLE_SETTINGS in
 * scripts/flag-model/build-model.ts), on an article written here.
 */
import { afterEach, expect, test } from 'vitest';
import { EXAMPLE_SETTINGS, examplesOf } from '../../scripts/flag-model/build-model';
import type { PtcArticle } from '../../scripts/flag-model/ptc';

const text = 'The vile plan was a total disaster for the town.';
const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
const ARTICLE: PtcArticle = {
  id: 'written-here',
  text,
  spans: [{ ...at('vile'), label: 'Loaded_Language' }, { ...at('total disaster'), label: 'Exaggeration,Minimisation' }],
};
const affect = { afinn: new Map<string, number>(), vader: new Map<string, number>() };
const shipped = { ...EXAMPLE_SETTINGS };
afterEach(() => Object.assign(EXAMPLE_SETTINGS, shipped));

const labels = () => examplesOf(ARTICLE, affect).loaded.map((e) => `${e.features[0]}:${e.label}`);

test('by default every word teaches, other techniques’ words as unmarked', () => {
  expect(labels()).toEqual(['w=the:0', 'w=vile:1', 'w=plan:0', 'w=was:0', 'w=a:0', 'w=total:0', 'w=disaster:0', 'w=for:0', 'w=the:0', 'w=town:0']);
});

test('other techniques’ words can be left out', () => {
  EXAMPLE_SETTINGS.otherTechniques = 'left out';
  expect(labels()).not.toContain('w=total:0');
  expect(labels()).not.toContain('w=disaster:0');
  expect(labels()).toContain('w=vile:1');
});

test('function words can be left out', () => {
  EXAMPLE_SETTINGS.stopWords = false;
  expect(labels()).toEqual(['w=vile:1', 'w=plan:0', 'w=total:0', 'w=disaster:0', 'w=town:0']);
});
