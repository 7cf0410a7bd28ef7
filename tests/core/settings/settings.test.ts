import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, highlightsOn, parseSettings, withSiteHighlights } from '../../../core/settings/settings';

describe('parseSettings keeps what is valid', () => {
  test.each([
    [undefined, DEFAULT_SETTINGS],
    ['corrupt', DEFAULT_SETTINGS],
    [{ autoSave: 'yes' }, DEFAULT_SETTINGS],
    [{ autoSave: false, mutedCategories: ['label', 'nonsense', 3] }, { ...DEFAULT_SETTINGS, autoSave: false, mutedCategories: ['label'] }],
    [{ highlightsOffSites: ['WWW.Example.org', 'example.org', ''] }, { ...DEFAULT_SETTINGS, highlightsOffSites: ['example.org'] }],
    [{ mutedPhrases: ['regime', 'x'.repeat(500)] }, { ...DEFAULT_SETTINGS, mutedPhrases: ['regime'] }],
    [{ autoRead: 'chosen', autoReadSites: ['WWW.Ledger.example', 'ledger.example', 7] }, { ...DEFAULT_SETTINGS, autoRead: 'chosen', autoReadSites: ['ledger.example'] }],
    [{ autoRead: 'always' }, DEFAULT_SETTINGS],
    [{ flagAmount: 'fewer' }, { ...DEFAULT_SETTINGS, flagAmount: 'fewer' }],
    [{ flagAmount: 'all of them' }, DEFAULT_SETTINGS],
  ])('%j', (input, expected) => {
    expect(parseSettings(input)).toEqual(expected);
  });
});

describe('per-site highlights', () => {
  test('switching a site off and on again', () => {
    const off = withSiteHighlights(DEFAULT_SETTINGS, 'www.ledger.example', false);
    expect(highlightsOn(off, 'ledger.example')).toBe(false);
    expect(highlightsOn(off, 'other.example')).toBe(true);
    expect(highlightsOn(withSiteHighlights(off, 'ledger.example', true), 'www.ledger.example')).toBe(true);
  });
});
