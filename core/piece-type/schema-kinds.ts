import type { PieceKind } from './piece-kind';

/**
 * schema.org types that name a kind of piece. `BackgroundNewsArticle` (context and
 * explainers) is shown as analysis: like analysis, it is more than the news and not
 * an opinion. `Review` and `CriticReview` are reviews; `AskPublicNewsArticle` and
 * plain `NewsArticle` say nothing beyond "news".
 */
const SCHEMA_KINDS: Record<string, Exclude<PieceKind, 'report' | 'unknown'>> = {
  opinionnewsarticle: 'opinion',
  analysisnewsarticle: 'analysis',
  backgroundnewsarticle: 'analysis',
  reviewnewsarticle: 'review',
  criticreview: 'review',
  review: 'review',
  satiricalarticle: 'satire',
  advertisercontentarticle: 'sponsored',
  liveblogposting: 'liveblog',
};

export function schemaKind(type: string): Exclude<PieceKind, 'report' | 'unknown'> | undefined {
  const name = type.trim().toLowerCase().replace(/^https?:\/\/schema\.org\//, '');
  return SCHEMA_KINDS[name];
}

/** schema.org's own spelling of the types we name, for the reasons shown (pages and our reader lower-case them). */
const SPELLING = new Map(
  [
    'OpinionNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'CriticReview', 'Review',
    'SatiricalArticle', 'AdvertiserContentArticle', 'LiveBlogPosting', 'NewsArticle', 'ReportageNewsArticle',
  ].map((name) => [name.toLowerCase(), name]),
);

export function schemaTypeName(type: string): string {
  const name = type.trim().replace(/^https?:\/\/schema\.org\//i, '');
  return SPELLING.get(name.toLowerCase()) ?? name;
}
