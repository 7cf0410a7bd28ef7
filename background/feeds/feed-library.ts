import { parseArticleReport, type ArticleReport } from '../../core/protocol/messages';
import { deleteArticle, saveArticle } from '../../db/library-db';
import { getArticle } from '../../db/library-queries';
import type { LibraryDb } from '../../db/library-schema';
import type { FeedLibrary } from './feed-service';

/** The library as the feeds see it: stories are saved like visits, never as saved by hand. */
export function feedLibrary(db: () => Promise<LibraryDb>, now: () => number): FeedLibrary {
  return {
    has: async (url) => (await getArticle(await db(), url)) !== undefined,
    save: async (report: ArticleReport) => {
      // The same bounds as a page's own report: a feed or a page read for it is untrusted too.
      const checked = parseArticleReport(report);
      if (typeof checked === 'string') throw new Error(`story refused: ${checked}`);
      await saveArticle(await db(), checked, now());
    },
    countHeld: async (urls) => {
      const library = await db();
      const held = await Promise.all(urls.map((url) => library.getKey('articles', url)));
      return held.filter((key) => key !== undefined).length;
    },
    deleteUnsaved: async (urls) => {
      const library = await db();
      let deleted = 0;
      for (const url of urls) {
        const article = await getArticle(library, url);
        if (!article || article.savedByHand) continue;
        await deleteArticle(library, url);
        deleted++;
      }
      return deleted;
    },
  };
}
