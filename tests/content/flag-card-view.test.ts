import { describe, expect, test, vi } from 'vitest';
import type { Flag } from '../../core/protocol/article';
import { buildCardContent, categoryName, voiceText } from '../../content/flag-card-view';
import { page } from '../dom/parse';

const FLAG: Flag = {
  start: 0,
  end: 21,
  text: 'anti-Western alliance',
  category: 'label',
  voice: 'outlet',
  speaker: null,
  entryId: 'anti-western-alliance',
  explanation: 'Names a partnership by what it opposes, in the outlet’s own voice.',
  neutral: ['alliance', 'partnership'],
};

function render(flag: Flag, mutePhrase: (() => void) | null = () => {}, hideCategory = () => {}) {
  const doc = page('');
  const card = doc.createElement('div');
  const parts = buildCardContent(doc, flag, { mutePhrase, hideCategory });
  card.append(parts.content);
  return { card, parts };
}

describe('the card says', () => {
  test('the category, the phrase, the explanation, the voice and the neutral wordings', () => {
    const { card } = render(FLAG);
    expect(card.querySelector('.category-name')?.textContent).toBe('Label');
    expect(card.querySelector('.phrase')?.textContent).toBe('“anti-Western alliance”');
    expect(card.querySelector('.explanation')?.textContent).toBe(FLAG.explanation);
    expect(card.querySelector('.voice')?.textContent).toBe('the outlet’s own words');
    expect([...card.querySelectorAll('.wording')].map((w) => w.textContent)).toEqual(['alliance', 'partnership']);
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Mute this phrase', 'Hide label flags']);
  });

  test('how sure, for a flag the learned scorer decided, and nothing of it for one it did not', () => {
    expect(render(FLAG).card.querySelector('.sure')).toBeNull();
    expect(render({ ...FLAG, score: 0.82 }).card.querySelector('.sure')?.textContent).toBe('Quite sure (82 in 100)');
    expect(render({ ...FLAG, score: 0.6 }).card.querySelector('.sure')?.textContent).toBe('Fairly sure (60 in 100)');
    expect(render({ ...FLAG, score: 0.41 }).card.querySelector('.sure')?.textContent).toBe('Not very sure (41 in 100)');
  });

  test('a loaded word with no neutral wording gets no empty list', () => {
    const { card } = render({ ...FLAG, category: 'loaded', entryId: 'model', neutral: [], score: 0.7 });
    expect(card.querySelector('.category-name')?.textContent).toBe('Loaded word');
    expect(card.querySelector('.neutral')).toBeNull();
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).toContain('Hide loaded word flags');
  });

  test.each([
    [{ voice: 'outlet', speaker: null }, 'the outlet’s own words'],
    [{ voice: 'quote', speaker: 'Pavel Drozd' }, 'quoted (Pavel Drozd)'],
    [{ voice: 'quote', speaker: null }, 'quoted'],
  ] as const)('voice %o as “%s”', (voice, expected) => {
    expect(voiceText(voice)).toBe(expected);
  });

  test.each([
    ['opinion', 'the author’s view (an opinion piece)'],
    ['report', 'the outlet’s framing (a news report)'],
    ['review', 'the reviewer’s view (a review)'],
    ['sponsored', 'the advertiser’s words (sponsored content)'],
    ['press-release', 'the issuer’s words (a press release)'],
    ['unknown', 'the outlet’s own words'],
  ] as const)('the outlet’s own voice in a piece of kind %s as “%s”', (kind, expected) => {
    expect(voiceText({ voice: 'outlet', speaker: null }, kind)).toBe(expected);
    const doc = page('');
    const card = doc.createElement('div');
    card.append(buildCardContent(doc, FLAG, { mutePhrase: null, hideCategory: () => {} }, kind).content);
    expect(card.querySelector('.voice')?.textContent).toBe(expected);
  });

  test('a quotation stays the speaker’s words whatever the kind of piece', () => {
    expect(voiceText({ voice: 'quote', speaker: 'Pavel Drozd' }, 'opinion')).toBe('quoted (Pavel Drozd)');
  });

  test.each([
    ['label', 'Label'],
    ['verdict', 'Moral verdict'],
    ['weasel', 'Unnamed source'],
    ['scare-quote', 'Scare quotes'],
  ] as const)('category %s as “%s”', (category, name) => {
    expect(categoryName(category)).toBe(name);
  });

  test('no neutral row when the lexicon offers none', () => {
    const { card } = render({ ...FLAG, neutral: [] });
    expect(card.querySelector('.neutral')).toBeNull();
  });

  test('no "Mute this phrase" where no phrase can mute the flag', () => {
    const { card } = render({ ...FLAG, category: 'scare-quote' }, null);
    expect([...card.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Hide scare quotes flags']);
  });
});

describe('page text stays text', () => {
  test('markup in the flag, the speaker or a reader’s own entry is shown, never parsed', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { card } = render({ ...FLAG, text: hostile, voice: 'quote', speaker: hostile, explanation: hostile, neutral: [hostile] });
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.phrase')?.textContent).toBe(`“${hostile}”`);
    expect(card.querySelector('.voice')?.textContent).toBe(`quoted (${hostile})`);
    expect(card.querySelector('.wording')?.textContent).toBe(hostile);
  });
});

describe('the buttons', () => {
  test('answer the reader, not a click a page script makes', () => {
    const mute = vi.fn();
    const hide = vi.fn();
    const { card } = render(FLAG, mute, hide);
    const [muteButton, hideButton] = [...card.querySelectorAll('button')];
    // linkedom's events, like a page script's dispatchEvent, are not trusted.
    muteButton!.dispatchEvent(new (card.ownerDocument.defaultView as unknown as typeof globalThis).Event('click'));
    hideButton!.click();
    expect(mute).not.toHaveBeenCalled();
    expect(hide).not.toHaveBeenCalled();
    // What the browser sends for the reader's own click.
    const trusted = new (card.ownerDocument.defaultView as unknown as typeof globalThis).Event('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    hideButton!.dispatchEvent(trusted);
    expect(hide).toHaveBeenCalledOnce();
    expect(mute).not.toHaveBeenCalled();
  });

  test('are real buttons, reachable with Tab', () => {
    const { card } = render(FLAG);
    for (const button of card.querySelectorAll('button')) expect(button.getAttribute('type')).toBe('button');
  });
});
