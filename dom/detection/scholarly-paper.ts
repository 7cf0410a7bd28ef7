import { metasByName } from './first-element';

/**
 * A scholarly paper's landing page: journals, preprint servers and repositories describe
 * it for Google Scholar with Highwire Press `citation_*` tags (a DOI, a journal, a PDF).
 * It reads like an article, dates itself and names its authors, and is no news article.
 * Only the tags that name a paper's venue or file count: `citation_title` alone is reused
 * by some CMS plugins for any page.
 */

const PAPER_TAGS = new Set(['citation_doi', 'citation_journal_title', 'citation_pdf_url', 'citation_arxiv_id', 'citation_conference_title', 'citation_issn', 'citation_firstpage']);

export function isScholarlyPaper(doc: Document, metas: ReadonlyMap<string, Element> = metasByName(doc)): boolean {
  for (const tag of PAPER_TAGS) if (metas.has(tag)) return true;
  return false;
}
