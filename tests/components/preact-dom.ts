import { parseHTML } from 'linkedom';
import { options, render, type ComponentChild } from 'preact';
import { vi } from 'vitest';

/**
 * Preact rendered into a linkedom document, for component tests: Preact creates elements
 * through the global `document`, so it is stubbed for the test's duration. Elements are
 * found as a reader finds them: by their role's name (aria-label, else the text).
 */
export function mount(node: ComponentChild) {
  const { document, window } = parseHTML('<!doctype html><html><body><main id="root"></main></body></html>');
  vi.stubGlobal('document', document);
  // Effects run after the next frame, which Node has not: 100 ms late. A microtask will do.
  const frame = options.requestAnimationFrame;
  options.requestAnimationFrame = (callback) => void Promise.resolve().then(callback);
  // linkedom keeps no focus: the element last focused is recorded instead. Its inputs
  // cannot select their text either; focusing is what matters here.
  const classes = window as unknown as { HTMLElement: typeof HTMLElement; HTMLInputElement: typeof HTMLInputElement };
  const focus = classes.HTMLElement.prototype.focus;
  let focused: Element | null = null;
  const record = (element: Element) => (focused = element);
  classes.HTMLElement.prototype.focus = function (this: HTMLElement) {
    record(this);
  };
  classes.HTMLInputElement.prototype.select ??= function (this: HTMLInputElement) {
    this.focus();
  };
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(node, root);

  const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  const fire = (el: Element, type: string) => el.dispatchEvent(new window.Event(type, { bubbles: true, cancelable: true }) as Event);
  const all = (selector: string) => [...root.querySelectorAll(selector)] as HTMLElement[];

  return {
    root,
    document: document as unknown as Document,
    text: () => (root.textContent ?? '').replace(/\s+/g, ' '),
    /** Every button named `name`; `button` is the only one, or throws. */
    buttons: (name: string | RegExp) => all('button').filter((b) => (typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)))) as HTMLButtonElement[],
    button(name: string | RegExp): HTMLButtonElement {
      const found = this.buttons(name);
      if (found.length !== 1) throw new Error(`${found.length} buttons named ${String(name)}: ${all('button').map(nameOf).join(' | ')}`);
      return found[0]!;
    },
    /** The control a <label> names, by its `for` or by wrapping it. */
    labelled(name: string | RegExp): HTMLInputElement & HTMLSelectElement {
      for (const label of all('label')) {
        const text = (label.textContent ?? '').trim();
        if (typeof name === 'string' ? text !== name : !name.test(text)) continue;
        const id = label.getAttribute('for');
        const control = id ? root.querySelector(`[id="${id}"]`) : label.querySelector('input, select, textarea');
        if (control) return control as HTMLInputElement & HTMLSelectElement;
      }
      throw new Error(`no control labelled ${String(name)}`);
    },
    role: (role: string) => all(`[role="${role}"]`),
    /** The element last given focus. */
    focused: () => focused,
    click: (el: Element) => fire(el, 'click'),
    submit: (form: Element) => fire(form, 'submit'),
    type(input: HTMLInputElement, value: string) {
      input.value = value;
      fire(input, 'input');
    },
    /** A checkbox ticked, or a select's choice, then its change event. */
    change(el: HTMLInputElement | HTMLSelectElement, value: boolean | string) {
      // linkedom's select has no value setter: the handler reads what the reader chose.
      if (typeof value === 'string') Object.defineProperty(el, 'value', { value, configurable: true });
      else (el as HTMLInputElement).checked = value;
      fire(el, 'change');
    },
    unmount() {
      render(null, root);
      options.requestAnimationFrame = frame;
      classes.HTMLElement.prototype.focus = focus;
      vi.unstubAllGlobals();
    },
  };
}

/** Lets promises, Preact's rendering and effects run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
