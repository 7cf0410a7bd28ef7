import { cleanUrl } from '../identity/story-address';
import type { FeedItem } from './feed-types';

/**
 * The items not seen before, by canonical URL or by GUID, in their order. The same story
 * comes back at every check, and an outlet that offers RSS and Atom lists it twice.
 *
 * The sets are the caller's memory and are added to, so one pair can be carried across
 * an outlet's feeds and checks. GUIDs are only unique within a publisher ("1234" is a
 * story id at many outlets), so pass a GUID set per outlet; URLs can be shared library-wide.
 */
export function dedupeItems(items: readonly FeedItem[], seenUrls: Set<string>, seenGuids: Set<string>): FeedItem[] {
  const fresh: FeedItem[] = [];
  for (const item of items) {
    // Parsed items are already clean; items from elsewhere (storage, older versions) may not be.
    const url = cleanUrl(item.url) ?? item.url;
    const guid = item.guid?.trim() || null;
    const seen = seenUrls.has(url) || (guid !== null && seenGuids.has(guid));
    seenUrls.add(url);
    if (guid !== null) seenGuids.add(guid);
    if (!seen) fresh.push(item);
  }
  return fresh;
}
