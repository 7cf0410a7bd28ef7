/**
 * A scholarly paper's landing page: journals, preprint servers and repositories describe
 * it for Google Scholar with Highwire Press `citation_*` tags (a DOI, a journal, a PDF).
 * It reads like an article, dates itself and names its authors, and is no news article.
 * Only the tags that name a paper's venue or file count: `citation_title` alone is reused
 * by some CMS plugins for any page.
 */

const PAPER_TAGS = new Set(['citation_doi', 'citation_journal_title', 'citation_pdf_url', 'citation_arxiv_id', 'citation_conference_title', 'citation_issn', 'citation_firstpage']);
/** <meta> elements read at most: a paper's landing page has a few dozen, and a page of thousands is no paper's. */
const MAX_META = 1000;

export function isScholarlyPaper(doc: Document): boolean {
  // The <meta> elements by tag, their names looked up in a set: one selector of seven case-insensitive
  // attribute tests matched against every element of the page cost more than the rest of the head's signals.
  const metas = doc.getElementsByTagName('meta');
  const count = Math.min(metas.length, MAX_META);
  for (let i = 0; i < count; i++) {
    const name = metas[i]!.getAttribute('name');
    if (name && PAPER_TAGS.has(name.toLowerCase())) return true;
  }
  return false;
}
