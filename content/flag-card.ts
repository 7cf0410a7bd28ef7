import type { Flag, FlagCategory } from '../core/protocol/article';
import type { PieceKind } from '../core/piece-type';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardHost, type CardHost } from './card-host';
import { flagAtPoint } from './flag-at-point';
import { cardText } from './card-text';
import { buildCardContent, categoryName } from './flag-card-view';
import type { DrawnFlag } from './highlight-flags';
import { isFarOffScreen, placeCard, scrollRangeIntoView } from './place-card';

/**
 * The card that explains a flag: opened by hovering a highlight, or from the keyboard
 * with the "next flag" command. It is not modal: hovering opens it in place and moving
 * away closes it after a moment (so the pointer can travel into it); opened from the
 * keyboard it takes focus, and Escape closes it and gives focus back.
 *
 * Every listener and timer hangs on the content script's context. Nothing is added to
 * the page until the first card opens.
 */

export interface FlagCardActions {
  /** The phrase "Mute this phrase" would add to the reader's mutes; null when no phrase can mute the flag. */
  phraseToMute(flag: Flag): string | null;
  mutePhrase(phrase: string): Promise<void>;
  hideCategory(category: FlagCategory): Promise<void>;
}

export interface FlagCard {
  /** The flags now drawn, and the kind of piece they are in (whose voice the outlet's own words are); a card whose flag is gone closes. */
  setFlags(flags: readonly DrawnFlag[], pieceKind?: PieceKind): void;
  /** Scrolls to the next flag and opens its card with focus in it; false when there is no flag. */
  showNext(): boolean;
  close(): void;
}

type Lifetime = Pick<ContentScriptContext, 'addEventListener' | 'setTimeout' | 'onInvalidated'>;

/** How often, at most, the pointer's position is looked up among the flags. */
const HOVER_CHECK_MS = 60;
/** Grace period before a hover card closes, to let the pointer move into it. */
const CLOSE_DELAY_MS = 300;

interface OpenCard {
  index: number;
  drawn: DrawnFlag;
  /** Opened from the keyboard: stays until Escape, a click elsewhere, or focus leaving it. */
  pinned: boolean;
  returnFocus: HTMLElement | null;
}

export function createFlagCard(ctx: Lifetime, doc: Document, actions: FlagCardActions): FlagCard {
  const view = doc.defaultView ?? window;
  let flags: readonly DrawnFlag[] = [];
  let kind: PieceKind = 'unknown';
  let ui: CardHost | null = null;
  let open: OpenCard | null = null;
  let closeTimer = 0;
  let pointer: { x: number; y: number; overCard: boolean } | null = null;
  let checkPending = false;
  let scrollPending = false;
  let listening = false;

  ctx.onInvalidated(() => {
    clearTimeout(closeTimer);
    ui?.remove();
    ui = null;
    open = null;
  });

  function listen(): void {
    if (listening) return;
    listening = true;
    ctx.addEventListener(doc, 'pointermove', onPointerMove, { capture: true, passive: true });
    ctx.addEventListener(doc, 'pointerout', (event) => {
      if (!event.relatedTarget && open && !open.pinned) scheduleClose(); // the pointer left the window
    }, { capture: true, passive: true });
    ctx.addEventListener(doc, 'pointerdown', (event) => {
      if (open && event.target !== ui?.host) close();
    }, { capture: true, passive: true });
    // Escape while hovering; from inside the card, the card's own listener answers it.
    ctx.addEventListener(doc, 'keydown', (event) => {
      if (event.key === 'Escape' && open && !focusInCard()) close();
    }, { capture: true });
    ctx.addEventListener(view, 'scroll', onScroll, { capture: true, passive: true });
    ctx.addEventListener(view, 'resize', onScroll, { passive: true });
  }

  function onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch' || event.buttons !== 0) return; // no hover on touch; no card mid-selection
    pointer = { x: event.clientX, y: event.clientY, overCard: ui !== null && event.target === ui.host };
    if (checkPending) return;
    checkPending = true;
    ctx.setTimeout(checkPointer, HOVER_CHECK_MS);
  }

  function checkPointer(): void {
    checkPending = false;
    if (!pointer) return;
    if (pointer.overCard) return cancelClose();
    if (open?.pinned) return; // a card opened from the keyboard stays until the reader dismisses it
    const index = flagAtPoint(doc, flags, pointer.x, pointer.y);
    if (index >= 0) {
      cancelClose();
      if (open?.index !== index) show(index, false);
    } else if (open && !open.pinned) {
      scheduleClose();
    }
  }

  function onScroll(): void {
    if (!open || scrollPending) return;
    scrollPending = true;
    ctx.setTimeout(() => {
      scrollPending = false;
      if (open) position(open.drawn.range);
    }, 16);
  }

  function scheduleClose(): void {
    if (!closeTimer) closeTimer = ctx.setTimeout(() => ((closeTimer = 0), close()), CLOSE_DELAY_MS);
  }

  function cancelClose(): void {
    clearTimeout(closeTimer);
    closeTimer = 0;
  }

  function focusInCard(): boolean {
    return ui !== null && doc.activeElement === ui.host;
  }

  function ensureUi(): CardHost {
    if (ui) ui.attach();
    else ui = createUi();
    return ui;
  }

  function createUi(): CardHost {
    const made = createCardHost(doc);
    const { card } = made;
    card.addEventListener('pointerenter', cancelClose);
    card.addEventListener('pointerleave', () => {
      if (open && !open.pinned) scheduleClose();
    });
    // Keys typed in the card are the card's: the page's shortcuts must not fire on them.
    const isolate = (event: KeyboardEvent) => {
      if (event.type === 'keydown' && event.key === 'Escape') {
        event.preventDefault();
        close(true);
      }
      event.stopPropagation();
    };
    for (const type of ['keydown', 'keyup', 'keypress'] as const) card.addEventListener(type, isolate);
    card.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (open?.pinned && (!next || !card.contains(next))) close();
    });
    return made;
  }

  function show(index: number, pinned: boolean): void {
    const drawn = flags[index];
    if (!drawn) return;
    const { card } = ensureUi();
    cancelClose();
    const active = doc.activeElement as HTMLElement | null;
    const returnFocus = pinned ? (focusInCard() ? (open?.returnFocus ?? null) : active) : null;
    const { flag } = drawn;
    const phrase = actions.phraseToMute(flag);
    let busy = false;
    // Buttons stay enabled while saving: disabling the focused one would drop focus to the page.
    const act = (run: () => Promise<void>) => {
      if (busy) return;
      busy = true;
      run().then(
        () => close(true),
        () => {
          busy = false;
          parts.status.textContent = cardText().actionFailed;
        },
      );
    };
    const parts = buildCardContent(doc, flag, {
      mutePhrase: phrase === null ? null : () => act(() => actions.mutePhrase(phrase)),
      hideCategory: () => act(() => actions.hideCategory(flag.category)),
    }, kind);
    card.replaceChildren(parts.content);
    card.dataset['category'] = flag.category;
    card.setAttribute('aria-label', cardText().label(categoryName(flag.category)));
    card.hidden = false;
    open = { index, drawn, pinned, returnFocus };
    position(drawn.range);
    if (pinned) card.focus({ preventScroll: true });
  }

  function position(range: Range): void {
    if (!ui || !open) return;
    const anchor = range.getBoundingClientRect();
    const viewport = { width: Math.min(view.innerWidth, doc.documentElement.clientWidth || view.innerWidth), height: view.innerHeight };
    if ((anchor.width === 0 && anchor.height === 0) || isFarOffScreen(anchor, viewport)) return close();
    const { card } = ui;
    const place = placeCard(anchor, { width: card.offsetWidth, height: card.offsetHeight }, viewport);
    card.style.left = `${Math.round(place.left)}px`;
    card.style.top = `${Math.round(place.top)}px`;
    card.dataset['side'] = place.side;
  }

  function close(restoreFocus = false): void {
    cancelClose();
    if (!open) return;
    const { returnFocus } = open;
    const hadFocus = focusInCard();
    open = null;
    if (ui) {
      ui.card.hidden = true;
      ui.card.replaceChildren();
    }
    if ((restoreFocus || hadFocus) && returnFocus?.isConnected && typeof returnFocus.focus === 'function') {
      returnFocus.focus({ preventScroll: true });
    }
  }

  function firstInView(): number {
    const index = flags.findIndex(({ range }) => range.getBoundingClientRect().bottom > 0);
    return index < 0 ? 0 : index;
  }

  return {
    setFlags(next, pieceKind = 'unknown') {
      flags = next;
      kind = pieceKind;
      if (next.length > 0) listen();
      if (open && !next.includes(open.drawn)) close();
    },
    showNext() {
      if (flags.length === 0) return false;
      const start = open ? open.index + 1 : firstInView();
      // Skip flags the page has hidden since (no box to show a card beside).
      for (let step = 0; step < flags.length; step++) {
        const index = (start + step) % flags.length;
        const { range } = flags[index]!;
        const box = range.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        scrollRangeIntoView(view, range);
        show(index, true);
        return true;
      }
      return false;
    },
    close: () => close(),
  };
}
