import { useEffect, useState } from 'preact/hooks';
import type { Coverage } from '../core/feeds/coverage';
import type { ArticleReport, MatchView } from '../core/protocol/messages';
import { coverageFor } from './options/feeds-client';
import { listWords } from './format';
import { starterText } from './starter/starter-text';

const t = starterText.coverage;

export interface Props {
  report: ArticleReport;
  matches: MatchView[];
}

/**
 * How many outlets the reader follows published around this article's date, and which of
 * them have no account of it, from the reader's own library: counts and names, no rating.
 * Nothing is shown when the reader follows no outlet.
 */
export function CoverageNote({ report, matches }: Props) {
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const key = matches.map((m) => m.url).join('\n');

  useEffect(() => {
    let live = true;
    const accounts = matches.map((m) => ({ url: m.url, siteName: m.siteName }));
    void coverageFor({ url: report.url, siteName: report.siteName, publishedTime: report.publishedTime }, accounts).then((answer) => {
      if (live) setCoverage(answer);
    });
    return () => {
      live = false;
    };
  }, [report.url, key]);

  if (!coverage || coverage.followed === 0) return null;
  if (coverage.published.length === 0) {
    return (
      <div class="px-coverage">
        <p class="px-note">{t.nonePublished(coverage.followed)}</p>
      </div>
    );
  }
  const covered = coverage.published.length - coverage.notCovered.length;
  return (
    <div class="px-coverage">
      <p class="px-coverage-published">{t.published(coverage.followed, coverage.published.length, covered)}</p>
      <p class={coverage.notCovered.length > 0 ? 'px-coverage-missing' : 'px-note'}>
        {coverage.notCovered.length > 0 ? t.notCovered(listWords(coverage.notCovered)) : t.allCovered}
      </p>
    </div>
  );
}
