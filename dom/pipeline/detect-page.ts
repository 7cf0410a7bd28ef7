import type { NewsVerdict } from '../../core/protocol/article';
import type { PageState } from '../../core/protocol/messages';
import { detectNews } from '../detection/detect-news';
import { measurePage, PAGE_LIMITS, type PageSize } from './page-size';
import { readMetadata, type PageMetadata } from '../metadata/read-metadata';
import { withoutStaleHead } from '../metadata/stale-head';

/** What the detector learnt of a page: enough for the reader to go on without reading the head again. */
export interface PageDetection {
  /** The head as read, before any stale field was dropped: the next navigation compares with it. */
  head: PageMetadata;
  /** The head with stale fields dropped: what the reader extracts with. */
  metadata: PageMetadata;
  verdict: NewsVerdict;
  /** The page's size, measured on news pages only (null on the others). */
  size: PageSize | null;
  /** The page's final state when there is nothing to read (not news, too large); null for an article. */
  settled: PageState | null;
}

/**
 * The detector's whole work on a page, run on every page Parallax is injected into: the
 * head, the news verdict, and for news the page's size. One task, and nothing from
 * Readability but its readerable check, so a page that is not news costs little.
 */
export function detectPage(
  doc: Document,
  pageUrl: string | null,
  /** The head read at the previous address, after a single-page navigation (see stale-head.ts). */
  previousHead: PageMetadata | null = null,
): PageDetection {
  const head = readMetadata(doc, pageUrl);
  const metadata = previousHead && pageUrl !== null ? withoutStaleHead(doc, head, previousHead, pageUrl) : head;
  const verdict = detectNews(doc, pageUrl, metadata);
  if (!verdict.isNews) return { head, metadata, verdict, size: null, settled: { status: 'not-news', verdict } };
  const size = measurePage(doc);
  if (size.tooLarge) {
    return { head, metadata, verdict, size, settled: { status: 'too-large', textChars: size.textChars, elements: size.elements, limits: PAGE_LIMITS } };
  }
  return { head, metadata, verdict, size, settled: null };
}
