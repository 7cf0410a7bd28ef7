import { FLAG_CARD_CSS } from './flag-card-style';

/**
 * The one element Parallax adds to a page, and only once the reader opens a card: a host
 * with a shadow root, hung on <html> rather than <body> (single-page apps replace their
 * body) and reset with inline `!important` declarations, which outrank every rule of the
 * page's own style sheets.
 *
 * The shadow root is open so tests and assistive tools can read it; what that exposes to
 * page scripts is harmless (the lexicon's own wording), and the buttons ignore clicks
 * that are not the reader's (`isTrusted`).
 */

export const CARD_HOST_TAG = 'parallax-flag-card';
const XHTML = 'http://www.w3.org/1999/xhtml';

const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
];

export interface CardHost {
  host: HTMLElement;
  card: HTMLElement;
  /** Puts the host back if the page took it out. */
  attach(): void;
  remove(): void;
}

export function createCardHost(doc: Document): CardHost {
  // createElementNS: in an XML document plain createElement makes a null-namespace element, which has no shadow root.
  const host = doc.createElementNS(XHTML, CARD_HOST_TAG) as HTMLElement;
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, root);
  const card = doc.createElementNS(XHTML, 'div') as HTMLElement;
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.tabIndex = -1;
  card.hidden = true;
  root.append(card);
  const attach = () => {
    if (!host.isConnected) doc.documentElement?.append(host);
  };
  attach();
  return { host, card, attach, remove: () => host.remove() };
}

/**
 * A constructed style sheet where the browser lets a content script adopt one (no page
 * CSP applies to it); a <style> element in the shadow root otherwise.
 */
function adoptStyles(doc: Document, root: ShadowRoot): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet) {
      const sheet = new Sheet();
      sheet.replaceSync(FLAG_CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Firefox content scripts may not adopt a sheet made in their own compartment.
  }
  const style = doc.createElementNS(XHTML, 'style');
  style.textContent = FLAG_CARD_CSS;
  root.append(style);
}
