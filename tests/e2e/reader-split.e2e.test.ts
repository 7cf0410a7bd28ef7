import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, waitForHighlights, type Harness } from './extension';

/**
 * Two scripts: the detector runs on every page Parallax may read, and the reader
 * (Readability, the lexicon, highlighting, the card) is injected only where the detector
 * found an article. Both live in Parallax's isolated world of the page, which the page's
 * own scripts cannot see; the test looks into that world over the DevTools protocol.
 */

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface ParallaxWorld {
  /** The detector claimed the page (content/claim-page.ts). */
  detector: boolean;
  /** The reader's module is installed (content/reader-module.ts). */
  reader: boolean;
}

/** Reads Parallax's isolated world of the page's top frame; null while there is none. */
async function parallaxWorld(session: CDPSession, contexts: Map<number, string>): Promise<ParallaxWorld | null> {
  for (const [id, origin] of contexts) {
    if (!origin.startsWith(`chrome-extension://${harness.browser.extensionId}`)) continue;
    const answer = await session
      .send('Runtime.evaluate', {
        contextId: id,
        returnByValue: true,
        expression: `({ detector: Symbol.for('parallax.reader') in globalThis, reader: Symbol.for('parallax.reader-module') in globalThis })`,
      })
      .catch(() => null);
    const value = answer?.result.value as ParallaxWorld | undefined;
    if (value) return value;
  }
  return null;
}

/** The page's execution contexts by id, with the origin of the world each belongs to (extensions' isolated worlds included). */
async function watchWorlds(page: Page): Promise<{ session: CDPSession; contexts: Map<number, string> }> {
  const session = await page.context().newCDPSession(page);
  const contexts = new Map<number, string>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { isDefault?: boolean; type?: string } | undefined;
    if (aux?.type === 'isolated') contexts.set(context.id, context.origin);
  });
  session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  session.on('Runtime.executionContextsCleared', () => contexts.clear());
  await session.send('Runtime.enable');
  return { session, contexts };
}

test('a page that is not news gets the detector only; a news article gets the reader too', async () => {
  const page = await harness.browser.context.newPage();
  const { session, contexts } = await watchWorlds(page);

  await page.goto(harness.site + '/wiki/meridian-cooperation-organization.html');
  await expect.poll(async () => (await parallaxWorld(session, contexts))?.detector, { timeout: 15_000 }).toBe(true);
  // The detector decides in one task after the page is idle; give a reader every chance to arrive.
  await page.waitForTimeout(1_500);
  expect(await parallaxWorld(session, contexts)).toEqual({ detector: true, reader: false });

  await page.goto(harness.site + '/outlet-one/world/voskov-lin-temirsk-talks.html');
  await waitForHighlights(page);
  expect(await parallaxWorld(session, contexts)).toEqual({ detector: true, reader: true });
  await page.close();
});

test('a single-page site that opens on a page that is not news loads the reader when it navigates to an article', async () => {
  const page = await harness.browser.context.newPage();
  const { session, contexts } = await watchWorlds(page);
  await page.goto(harness.site + '/shop/storm-shell-jacket.html');
  await expect.poll(async () => (await parallaxWorld(session, contexts))?.detector, { timeout: 15_000 }).toBe(true);
  await page.waitForTimeout(1_000);
  expect((await parallaxWorld(session, contexts))?.reader).toBe(false);
  // The shop swaps in an article as a single-page app would: new body, new address.
  await page.evaluate(async (articleUrl) => {
    const html = await (await fetch(articleUrl)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.head.replaceChildren(...[...next.head.children].filter((node) => node.tagName !== 'SCRIPT').map((node) => document.importNode(node, true)));
    document.body.replaceChildren(...[...next.body.children].filter((node) => node.tagName !== 'SCRIPT').map((node) => document.importNode(node, true)));
    history.pushState(null, '', articleUrl);
  }, harness.site + '/outlet-one/world/voskov-lin-temirsk-talks.html');
  await waitForHighlights(page);
  expect(await parallaxWorld(session, contexts)).toEqual({ detector: true, reader: true });
  await page.close();
});
