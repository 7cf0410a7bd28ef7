import { browser } from 'wxt/browser';
import { readerActions } from './flag-actions';
import { createFlagCard } from './flag-card';
import { highlightFlags } from './highlight-flags';
import { readArticle } from './read-article';
import type { ReaderModule } from './reader-module';

/** The reader's half of Parallax, as the detector calls it (see reader-module.ts). */
export function readerModule(): ReaderModule {
  return {
    // An extension that was reloaded or removed leaves `runtime.id` undefined in its old scripts.
    isValid: () => browser.runtime?.id !== undefined,
    readArticle,
    highlightFlags,
    createFlagCard: (ctx, doc, settings) => createFlagCard(ctx, doc, readerActions(settings)),
  };
}
