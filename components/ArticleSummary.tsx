import type { ArticleReport } from '../core/protocol/messages';
import { shortDate } from './format';
import { PieceKindLine } from './PieceKindLine';
import { popupText as t } from './popup-text';

export interface Props {
  report: ArticleReport;
}

export function ArticleSummary({ report }: Props) {
  const details = [report.siteName, report.byline, shortDate(report.publishedTime)].filter(Boolean).join(' · ');
  return (
    <section class="px-article" aria-label={t.article.label}>
      <h1 class="px-title">{report.title ?? t.article.untitled}</h1>
      {details && <p class="px-meta">{details}</p>}
      <PieceKindLine pieceType={report.pieceType} />
    </section>
  );
}
