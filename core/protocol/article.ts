/**
 * The shapes every part of Parallax agrees on: what an extracted article is and what a
 * framing flag says. Plain data only, so they cross messages, IndexedDB and the CLI.
 */
import type { NewsReason } from '../detection/news-signals';

export const FLAG_CATEGORIES = [
  'label',
  'verdict',
  'euphemism',
  'attribution',
  'weasel',
  'hyperbole',
  'scare-quote',
  'appeal',
  'loaded',
] as const;

export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

/** Whose words a flagged phrase is: the outlet's own prose, or inside a direct quotation. */
export type Voice = 'outlet' | 'quote';

export interface Flag {
  /** Offsets in UTF-16 code units into the article text. */
  start: number;
  end: number;
  /** The text as it stands in the article (not normalised). */
  text: string;
  category: FlagCategory;
  voice: Voice;
  /** Who is quoted, when the text says so ("said Putin"); null otherwise. */
  speaker: string | null;
  /** Id of the lexicon entry that matched. */
  entryId: string;
  explanation: string;
  /** Neutral wordings a careful editor might use instead. */
  neutral: string[];
  /**
   * How sure the learned scorer is that this is loaded language, 0..1; absent when the
   * lexicon alone decided (no model, or the reader's own phrase).
   */
  score?: number;
}

export interface ArticleMetadata {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601 with the page's offset, or null. */
  publishedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
}

export interface NewsVerdict {
  isNews: boolean;
  /** 0..1, how sure we are this page is one news article. */
  score: number;
  /** The signals behind the score, strongest first; their words are the catalogue's (core/detection/news-signals.ts). */
  reasons: NewsReason[];
}

export interface ExtractedArticle extends ArticleMetadata {
  /** Clean main text; paragraphs separated by one blank line. */
  text: string;
}
