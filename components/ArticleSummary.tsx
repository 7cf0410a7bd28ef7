import type { ArticleReport } from '../core/messages';
import { shortDate } from './format';

export interface Props {
  report: ArticleReport;
}

export function ArticleSummary({ report }: Props) {
  const details = [report.siteName, report.byline, shortDate(report.publishedTime)].filter(Boolean).join(' · ');
  return (
    <section class="px-article" aria-label="This article">
      <h1 class="px-title">{report.title ?? 'Untitled article'}</h1>
      {details && <p class="px-meta">{details}</p>}
    </section>
  );
}
