import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Flag } from '../core/protocol/article';
import type { Settings } from '../core/settings/settings';
import type { TextRun } from '../dom/extraction/article-text';
import type { PageDetection } from '../dom/pipeline/detect-page';
import type { FlagCard } from './flag-card';
import type { Highlighting } from './highlight-flags';
import type { ArticleReading } from './read-article';
import type { StepTimings } from './step-timings';

/**
 * What the reader script (entrypoints/reader.ts) hands the detector: the heavy half of
 * Parallax (Readability, the lexicon and framing engine, highlighting, the flag card).
 * The detector runs on every page; the reader is injected only where the detector found
 * an article. Both run in the extension's isolated world of the same frame, which pages
 * cannot see into, so the reader leaves itself on that world's global for the detector
 * to pick up. Only types are imported here: this module is part of the detector.
 */
export interface ReaderModule {
  /** False once the extension that injected it was updated or reloaded: its browser APIs are gone. */
  isValid(): boolean;
  readArticle(doc: Document, pageUrl: string, detection: PageDetection, settings: Settings, isStale: () => boolean, timings: StepTimings): Promise<ArticleReading | null>;
  highlightFlags(doc: Document, flags: readonly Flag[], runs: readonly TextRun[]): Highlighting;
  /** The card beside a highlighted phrase; its buttons change the settings that `settings` returns. */
  createFlagCard(ctx: ContentScriptContext, doc: Document, settings: () => Settings): FlagCard;
}

const READER = Symbol.for('parallax.reader-module');

type Scope = Record<symbol, unknown>;
const isolatedWorld = globalThis as unknown as Scope;

export function installReader(reader: ReaderModule, scope: Scope = isolatedWorld): void {
  scope[READER] = reader;
}

/** The reader injected into this frame, when there is one still alive. */
export function installedReader(scope: Scope = isolatedWorld): ReaderModule | null {
  const reader = scope[READER] as ReaderModule | undefined;
  return reader?.isValid() ? reader : null;
}
