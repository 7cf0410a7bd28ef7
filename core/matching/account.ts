/**
 * What the matcher is told about one article. Deliberately smaller than ExtractedArticle:
 * the library, the CLI and the evaluation build it from whatever they hold.
 */
export interface AccountInput {
  /** Stable id in the library (the IndexedDB key, or a corpus id). */
  id: string;
  title: string | null;
  /** Clean main text; may be only a lead paragraph, may be empty. */
  text: string;
  /** Site name or host, for display; never used as evidence. */
  outlet: string | null;
  /** Canonical URL when known; two accounts with the same canonical URL are one article. */
  url: string | null;
  /** Publication time, ISO 8601, or null when unknown. */
  date: string | null;
}
