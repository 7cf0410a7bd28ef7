import type { ArticleReport } from '../../core/messages';
import { openLibrary } from '../../db/library-db';

/** Articles the library tests share: two accounts of one fictional summit and an unrelated flood. */

export function report(url: string, title: string, text: string, publishedTime: string | null = '2024-07-03T10:00:00Z'): ArticleReport {
  return { url, title, siteName: new URL(url).hostname, byline: null, publishedTime, lang: 'en', excerpt: null, text, flags: [] };
}

export const summitA = report(
  'https://ledger.example/summit',
  'Marovia and Tessaly leaders praise alliance at Kestrel summit',
  'President Arvid Hollen of Marovia and President Lin Sorel of Tessaly met in Kestrel on Wednesday at the Meridian Cooperation summit. "Our partnership is going through the best period in its history," Hollen said. Sorel called for stability in the region.',
);

export const summitB = report(
  'https://harbour.example/news/summit',
  'Hollen and Sorel say relations at their best in history',
  'Arvid Hollen and Lin Sorel met at the Meridian Cooperation summit in Kestrel. Hollen told reporters the partnership was "going through the best period in its history." Sorel said Tessaly stood with Marovia.',
  '2024-07-04T08:00:00Z',
);

export const floods = report(
  'https://valley.example/floods',
  'Floods cut off villages in the Anvar valley',
  'Heavy rain flooded the Anvar valley on Monday, cutting roads to a dozen villages. Rescue teams evacuated 300 residents, the regional fire service said.',
);

/** A new, empty library database for each call (fake-indexeddb keeps them apart by name). */
export function freshDbFactory(prefix: string) {
  let counter = 0;
  return () => openLibrary(`${prefix}-${++counter}`);
}
