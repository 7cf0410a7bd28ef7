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
