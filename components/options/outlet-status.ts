import type { OutletView } from '../../core/protocol/feed-messages';
import { uiText } from './ui-text';

/** How an outlet fares, in words: its status line and the choices of how often to check. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The intervals the options page offers, in minutes; the background accepts any from 5 to 1,440. */
export const INTERVAL_CHOICES = [15, 30, 60, 180, 720] as const;

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago". A time ahead of `now` (a clock moved back) is "just now". */
export function timeAgo(then: number, now: number): string {
  const t = uiText.outlets.ago;
  const diff = now - then;
  if (diff < MINUTE) return t.now;
  if (diff < HOUR) return t.minutes(Math.floor(diff / MINUTE));
  if (diff < DAY) return t.hours(Math.floor(diff / HOUR));
  return t.days(Math.floor(diff / DAY));
}

/**
 * "Checked 5 minutes ago · 24 stories · 12 in your library", "Not checked yet", "Paused · …".
 * Story counts appear once a check has gone well: before that they would read as "nothing there".
 */
export function outletStatusLine(outlet: OutletView, now: number): string {
  const t = uiText.outlets.status;
  const parts: string[] = [];
  if (outlet.paused) parts.push(t.paused);
  if (outlet.checking) parts.push(outlet.lastCheck === null ? t.firstCheck : t.checking);
  else if (outlet.lastCheck !== null) parts.push(t.checked(timeAgo(outlet.lastCheck, now)));
  else if (!outlet.paused) parts.push(t.notChecked);
  if (outlet.lastSuccess !== null) parts.push(t.stories(outlet.itemCount));
  if (outlet.lastSuccess !== null || outlet.articleCount > 0) parts.push(t.inLibrary(outlet.articleCount));
  return parts.join(' · ');
}

/** The choices of the interval select: the usual ones, plus the current one when it is not among them. */
export function intervalChoices(current: number): number[] {
  const choices: number[] = [...INTERVAL_CHOICES];
  if (!choices.includes(current)) choices.push(current);
  return choices.sort((a, b) => a - b);
}
