import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../../core/protocol/article';
import { toIsoDate } from '../../core/text/iso-date';
import { readArticleMetadata, type ArticleMetadata } from '../metadata/article-metadata';
import { articleText, type TextRun } from './article-text';
import { capDepth, MAX_DEPTH } from './cap-depth';
import { cleanContent } from './clean-content';
import { flattenShadowRoots } from './flatten-shadow';
import { plainField } from '../metadata/plain-field';
import type { PageMetadata } from '../metadata/read-metadata';
import { findShadowArticle, SHADOW_WARNING } from './shadow-roots';

export interface Extraction {
  article: ExtractedArticle;
  authors: string[];
  /** Offsets of `article.text` mapped to Text nodes of the *given* document (see `mapToLive`). */
  runs: TextRun[];
  /** Why the extraction is weaker than usual (Readability failed, page too large, ...). */
  warnings: string[];
}

export interface ExtractOptions {
  /**
   * Map text offsets back to the original document's Text nodes, so flags can be drawn on
   * the live page. Costs one extra walk over the clone. @default false
   */
  mapToLive?: boolean;
  /** Readability refuses pages with more elements than this (gigantic documents). @default 40_000 */
  maxElements?: number;
}

/**
 * Readability on a *clone* of the document (it mutates what it is given), then our own
 * clean-up pass, then clean text with an offset map. Never throws on a broken page:
 * failures come back as warnings with the best text that could be had.
 */
export function extractArticle(doc: Document, meta: PageMetadata, options: ExtractOptions = {}): Extraction {
  const steps = extractArticleSteps(doc, meta, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The body, or null: linkedom (the CLI's DOM) throws instead when Readability's retries have left the copy without a root element (tests/fuzz found it). */
function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.body ?? null;
  } catch {
    return null;
  }
}

/**
 * The same extraction in four steps (clone, Readability, clean-up, text) so that the
 * content script can give the page its main thread back between them. The caller must
 * not let the page change the document between steps it cares to map (it re-reads on
 * navigation anyway).
 */
export function* extractArticleSteps(doc: Document, meta: PageMetadata, options: ExtractOptions = {}): Generator<void, Extraction, void> {
  const warnings: string[] = [...meta.warnings];
  const clone = doc.cloneNode(true) as Document;
  const liveNodeOf = options.mapToLive ? mapTextNodes(clone, doc) : undefined;
  // Mapped before flattening: text copied out of shadow roots has no twin, and is not highlighted.
  flattenShadowArticle(doc, clone, warnings);
  if (clone.documentElement && capDepth(clone.documentElement) > 0) warnings.push(`the page nests elements more than ${MAX_DEPTH} deep; the deepest were read flat`);
  yield;

  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: options.maxElements ?? 40_000,
      // Our clean-up pass reads class names ("newsletter", "share"), so Readability must keep them.
      keepClasses: true,
    }).parse();
  } catch (error) {
    warnings.push(`Readability failed: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
  }

  yield;
  let content = parsed?.content ?? null;
  if (!content) {
    warnings.push('no main content found; using the page’s <article> or body');
    content = clone.querySelector('article') ?? bodyOf(clone);
  }
  if (content) cleanContent(content, meta.title);
  yield;
  // Text without a twin on the page (copied out of a shadow root) falls back to the clone's node, on no page.
  const unmapped = new Set<Text>();
  const nodeFor = (node: Text) => {
    const live = liveNodeOf?.get(node);
    if (!live) unmapped.add(node);
    return live;
  };
  const { text, runs } = content ? articleText(content, { nodeFor: liveNodeOf ? nodeFor : undefined }) : { text: '', runs: [] };

  // A paywall or a teaser page leaves only a stub: still an answer, with less weight.
  if (text.length > 0 && text.length < 500) warnings.push('the article text is very short (a paywall or teaser page?)');
  // Readability's own byline is left out: it is the first "byline"-like text anywhere, often a sidebar's.
  const seen = articleMetadata(doc, meta, content, warnings);
  const authors = seen.authors;
  return {
    article: {
      title: seen.title ?? clip(parsed?.title),
      // The masthead's name is read from the page too: one line of text like every field (tests/fuzz found a NUL in it).
      siteName: clip(seen.siteName) ?? clip(parsed?.siteName),
      byline: authors.length > 0 ? authors.join(', ') : null,
      publishedTime: seen.publishedTime ?? toIsoDate(parsed?.publishedTime),
      lang: meta.lang ?? clip(parsed?.lang),
      canonicalUrl: meta.canonicalUrl,
      // Readability's own excerpt is its first <p>'s textContent, scripts and styles in it
      // included (tests/fuzz): the first paragraph of the clean text instead.
      excerpt: meta.excerpt ?? clip(firstParagraph(text)),
      text,
    },
    authors,
    // Text copied out of a shadow root, or made anew by Readability (a `javascript:` link
    // becomes a new text node), has no twin on the page: it is not highlighted (tests/fuzz).
    runs: liveNodeOf ? runs.filter((run) => !unmapped.has(run.node)) : [],
    warnings,
  };
}

/** The article pass over the page; a page that breaks it keeps what its head said, with the reason. */
function articleMetadata(doc: Document, meta: PageMetadata, content: Element | null, warnings: string[]): ArticleMetadata {
  try {
    return readArticleMetadata(doc, meta, content);
  } catch (error) {
    warnings.push(`reading the byline and date failed: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
    return { title: meta.title, siteName: meta.siteName, authors: meta.authors, publishedTime: meta.publishedTime };
  }
}

/** Inlines the shadow roots that hold the page's article into the clone; whether any was. */
function flattenShadowArticle(doc: Document, clone: Document, warnings: string[]): boolean {
  const probe = findShadowArticle(doc);
  if (!probe) return false;
  try {
    if (flattenShadowRoots(doc, clone, probe) === 0) return false;
  } catch (error) {
    warnings.push(`reading the shadow root failed: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
  }
  warnings.push(SHADOW_WARNING);
  return true;
}

/**
 * Pairs each Text node of `clone` with its twin in `original`. Right after cloneNode the
 * two trees are identical, so their text nodes come in the same document order.
 */
function mapTextNodes(clone: Document, original: Document): Map<Text, Text> {
  const map = new Map<Text, Text>();
  if (!clone.documentElement || !original.documentElement) return map;
  const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: Node has no NodeFilter global
  const a = clone.createTreeWalker(clone.documentElement, SHOW_TEXT);
  const b = original.createTreeWalker(original.documentElement, SHOW_TEXT);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) {
    map.set(x as Text, y as Text);
  }
  return map;
}

/** Up to the first blank line, and no more than a field can hold twice over. */
function firstParagraph(text: string): string {
  const end = text.indexOf('\n\n');
  return text.slice(0, end < 0 ? 2_000 : Math.min(end, 2_000));
}

function clip(value: string | null | undefined): string | null {
  return plainField(value, 1000);
}
