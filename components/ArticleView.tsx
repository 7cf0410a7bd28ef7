import { groupByOutlet, outletSlots } from '../core/compare/group-by-outlet';
import { outletName } from '../core/identity/outlet-name';
import type { PageState } from '../core/protocol/messages';
import { AccountList } from './AccountList';
import { ArticleSummary } from './ArticleSummary';
import { ComparisonView } from './ComparisonView';
import { FlagList } from './FlagList';
import { OutletsPanel } from './OutletsPanel';
import { outletText } from './outlet-text';
import type { PopupState } from './load-popup-state';
import { popupText } from './popup-text';
import { PopupTabs } from './PopupTabs';
import { SiteControls } from './SiteControls';
import { WhyNews } from './WhyNews';

export interface Props {
  page: Extract<PageState, { status: 'article' }>;
  matches: PopupState['matches'];
  tabId: number | null;
}

/** A news article: what it is, then other accounts, the comparison and its own framing, one tab each. */
export function ArticleView({ page, matches, tabId }: Props) {
  const others = matches?.ok ? matches.matches : [];
  const groups = groupByOutlet(others);
  const t = popupText.tabs;
  const slots = outletSlots(outletName(page.report.siteName, page.report.url), groups.map((g) => g.key));
  return (
    <>
      <ArticleSummary report={page.report} />
      {tabId !== null && <SiteControls tabId={tabId} site={page.site} highlights={page.highlights} stored={matches?.stored ?? false} report={page.report} />}
      <PopupTabs
        label={t.label}
        tabs={[
          {
            id: 'accounts',
            label: t.accounts,
            badge: matches?.ok ? others.length : null,
            panel: <AccountList report={page.report} matches={matches} reference={page.report.publishedTime} slots={slots} />,
          },
          { id: 'compare', label: t.compare, panel: <ComparisonView matches={matches} slots={slots} /> },
          { id: 'flags', label: t.flags, badge: page.flags.length, panel: <FlagList flags={page.flags} modelProblem={page.flagModelProblem} /> },
          {
            id: 'outlets',
            label: outletText.tab,
            // Asked only once the accounts are known, so the event's outlets are in one request.
            panel: matches ? <OutletsPanel pages={[{ url: page.report.url, siteName: page.report.siteName }, ...others.map((m) => ({ url: m.url, siteName: m.siteName }))]} /> : null,
          },
        ]}
      />
      <WhyNews verdict={page.verdict} />
    </>
  );
}
