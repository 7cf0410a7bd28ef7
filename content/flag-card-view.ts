import type { Flag } from '../core/protocol/article';
import type { PieceKind } from '../core/piece-type';
import { cardText } from './card-text';

/**
 * The card's content for one flag, built node by node with `textContent`: flag text,
 * speaker names and even lexicon wording come from the page or the reader, so none of
 * it is ever parsed as markup.
 */

/** What one flag's kind of framing is called; an unknown kind is shown as it is. */
export function categoryName(category: string): string {
  const t = cardText();
  return (t.categories as Record<string, string>)[category] ?? category;
}

/**
 * Whose words the phrase is, as the card says it. Outside quotation marks, the kind of
 * piece decides: in an opinion column a loaded phrase is the author's view, in a news
 * report it is the outlet's framing; where the page does not say, the outlet's own words.
 */
export function voiceText(flag: Pick<Flag, 'voice' | 'speaker'>, pieceKind: PieceKind = 'unknown'): string {
  const t = cardText();
  if (flag.voice === 'quote') return flag.speaker ? t.quotedBy(flag.speaker) : t.quoted;
  switch (pieceKind) {
    case 'opinion':
      return t.authorVoice;
    case 'review':
      return t.reviewerVoice;
    case 'sponsored':
      return t.advertiserVoice;
    case 'press-release':
      return t.issuerVoice;
    case 'report':
    case 'analysis':
    case 'liveblog':
    case 'interview':
      return t.framingVoice;
    default:
      return t.outletVoice;
  }
}

export interface CardButtons {
  /** Null when no phrase can mute this flag (scare quotes are muted by category only). */
  mutePhrase: (() => void) | null;
  hideCategory: () => void;
}

export interface CardParts {
  /** The card's content, to put in the card element. */
  content: DocumentFragment;
  /** Where a failed action is reported (an `aria-live` line). */
  status: HTMLElement;
}

export function buildCardContent(doc: Document, flag: Flag, buttons: CardButtons, pieceKind: PieceKind = 'unknown'): CardParts {
  const t = cardText();
  const content = doc.createDocumentFragment();
  const el = (tag: string, className: string, text?: string): HTMLElement => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const header = el('div', 'header');
  const category = el('span', 'category');
  category.append(el('span', 'swatch'), el('span', 'category-name', categoryName(flag.category)));
  header.append(category, el('span', 'brand', t.brand));

  const phrase = el('p', 'phrase', t.phrase(flag.text));
  const explanation = el('p', 'explanation', flag.explanation);

  const facts = el('dl', 'facts');
  facts.append(el('dt', 'fact-name', t.voice), el('dd', 'voice', voiceText(flag, pieceKind)));
  if (flag.score !== undefined) facts.append(el('dt', 'fact-name', t.sure), el('dd', 'sure', t.sureLevel(flag.score)));
  if (flag.neutral.length > 0) {
    const list = el('dd', 'neutral');
    flag.neutral.forEach((wording) => list.append(el('span', 'wording', wording)));
    facts.append(el('dt', 'fact-name', t.neutral), list);
  }

  const actions = el('div', 'actions');
  const button = (text: string, onPress: () => void): void => {
    const node = el('button', 'button', text) as HTMLButtonElement;
    node.type = 'button';
    node.addEventListener('click', (event) => {
      // An open shadow root lets page scripts reach these buttons; only the reader may press them.
      if (event.isTrusted) onPress();
    });
    actions.append(node);
  };
  if (buttons.mutePhrase) button(t.mutePhrase, buttons.mutePhrase);
  button(t.hide[flag.category], buttons.hideCategory);

  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  content.append(header, phrase, explanation, facts, actions, status);
  return { content, status };
}
