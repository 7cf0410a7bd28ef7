/**
 * What the page-safety and hostile-page suites share across browsers (Playwright in
 * Chromium, Puppeteer in Firefox): the fixture pages, what their scripts record, and
 * functions that run inside a page (both drivers' `evaluate` take them as they are).
 */

/** Broken pages that must be left as they were, with no error thrown into them. */
export const BROKEN_PAGES = ['/hostile/broken-markup.html', '/hostile/deep-nesting.html', '/hostile/frameset.html', '/hostile/no-body.html', '/hostile/diagram.svg'];

/** The hydrating app's first story, as the server sends it; "?late" holds hydration back until the test calls `window.__hydrateNow()`. */
export const HYDRATING_PAGE = '/hydrating/2025/03/12/leaders-praise-anti-western-alliance.html';

/** What the hydrating app records on `window.__app` (tests/fixtures/site/hydrating/app.js). */
export interface AppState {
  hydrated: boolean;
  reusedServerNodes: boolean | null;
  renders: number;
  navigations: number;
  errors: string[];
}

/** In the page: every node of the document. */
export function countNodes(): number {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** In the page: the texts of the ranges in each Parallax highlight, from the page's highlight registry. */
export function parallaxHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('parallax-')) out[name] = [...highlight].map((range) => (range as Range).toString());
  });
  return out;
}

/** What `page-probe.html` saw of the page since it loaded (documented in its `<head>`). */
export interface PageProbeReport {
  nodesAtLoad: number;
  nodesNow: number;
  mutations: Record<string, number>;
  errors: string[];
  dialogs: string[];
  newGlobals: string[];
}

/** In the page: the probe's record, with today's node count and globals. */
export function readPageProbe(): PageProbeReport {
  const probe = (window as unknown as { __pageProbe: Omit<PageProbeReport, 'nodesNow' | 'newGlobals'> & { countNodes(): number; newGlobals(): string[] } }).__pageProbe;
  return { nodesAtLoad: probe.nodesAtLoad, nodesNow: probe.countNodes(), mutations: probe.mutations, errors: probe.errors, dialogs: probe.dialogs, newGlobals: probe.newGlobals() };
}

/** What a page that watches itself must have seen of Parallax: nothing. */
export const UNTOUCHED = { mutations: { addedNodes: 0, removedNodes: 0, attributes: 0 }, errors: [], dialogs: [], newGlobals: [] };
