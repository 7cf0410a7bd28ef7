import { compareAccounts, type CompareAccount, type Comparison } from '../core/compare/compare-accounts';
import { outletName } from '../core/identity/outlet-name';
import type { ArticleReport, MatchView } from '../core/protocol/messages';
import { watched } from './in-transaction';
import type { IndexEntry } from './index-entry';
import type { LibraryDb, StoredArticle } from './library-schema';

/** Accounts compared besides the article itself: the popup's grid has room for about six outlets. */
export const MAX_COMPARED = 7;

/**
 * The article being read beside its best-matching stored accounts. `self` may be unsaved
 * (automatic saving off): the report and its index entry say all the comparison needs.
 */
export async function compareWithMatches(db: LibraryDb, self: ArticleReport & IndexEntry, matches: readonly MatchView[]): Promise<Comparison> {
  const tx = watched(db.transaction('articles', 'readonly'));
  const others = await Promise.all(matches.slice(0, MAX_COMPARED).map((m) => tx.store.get(m.url)));
  await tx.done;
  const stored = others.filter((a): a is StoredArticle => a !== undefined);
  return compareAccounts([self, ...stored].map(toAccount));
}

function toAccount(article: ArticleReport & IndexEntry): CompareAccount {
  return {
    url: article.url,
    outlet: outletName(article.siteName, article.url),
    title: article.title,
    text: article.text,
    // Records from before flags were kept have none: they add an empty column, not an error.
    flags: article.flags ?? [],
    fingerprint: article.fingerprint,
    pieceKind: article.pieceType?.kind ?? null,
  };
}
