import { syntheticArticles } from '../../bench/synthetic-articles';
import type { LibraryFileArticle } from '../../core/library-file/library-file-format';
import type { ArticleReport } from '../../core/protocol/messages';
import { mulberry32 } from '../../scripts/seeded-random';
import { findMatches, findMatchesFor } from '../../db/find-matches';
import { indexEntry } from '../../db/index-entry';
import { clearLibrary, deleteArticle, openLibrary, saveArticle } from '../../db/library-db';
import { countArticles, searchLibrary } from '../../db/library-queries';
import type { LibraryDb, StoredArticle } from '../../db/library-schema';
import { exportPage } from '../../db/library-export';
import { applyImport, prepareImport, type ImportResult, type PreparedArticle } from '../../db/library-import';
import { dismissSpaceNotice, evictForSpace, type EvictionResult, type StorageEstimateLike } from '../../db/library-space';
import { compactStats } from '../../db/library-stats';
import { hostileReport } from './hostile-reports';
import { fileForm, type LibraryModel, type ModelOp } from './library-model';

/**
 * A seeded random workload over the library's public functions, as the background calls
 * them: each call opens the library anew (`openLibrary`, as `deps.db()` does), so a
 * connection closed under one call is replaced at the next. Articles come from the
 * synthetic news library (so matching has accounts to find), with a few broken or huge
 * pages among them. Each operation says what its success means to the model.
 */

/** Calls a public function, telling a synchronous throw from the rejected promise it must give instead. */
export type Guard = <T>(call: () => Promise<T>) => Promise<T>;

export interface WorkloadOptions {
  seed: number;
  dbName: string;
  guard: Guard;
  /** Steps that run several saves, deletes and reads at once, in 0..1. @default 0.06 */
  bursts?: number;
}

const POOL = 320;
const LARGE = 300;
const T0 = Date.UTC(2025, 0, 1);

export function faultWorkload(options: WorkloadOptions, model: LibraryModel): () => ModelOp[] {
  const r = mulberry32(options.seed);
  const { guard } = options;
  const db = (): Promise<LibraryDb> => openLibrary(options.dbName);
  const call = <T>(f: (db: LibraryDb) => Promise<T>): Promise<T> => db().then((d) => guard(() => f(d)));
  const pool = [...syntheticArticles(POOL, options.seed)].map((a): ArticleReport => ({
    url: a.url!,
    title: a.title,
    siteName: a.outlet,
    byline: null,
    publishedTime: a.date,
    lang: 'en',
    excerpt: null,
    text: a.text,
    flags: [],
  }));
  let clock = T0;
  let lastExport: LibraryFileArticle[] | null = null;
  const tick = (): number => (clock += 1 + Math.floor(r() * 3) * 1000);
  const any = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const stored = (): string[] => [...model.articles.keys()];

  function report(): ArticleReport {
    const urls = stored();
    const base = urls.length > 0 && r() < 0.3 ? (pool.find((p) => p.url === any(urls)) ?? any(pool)) : any(pool);
    if (r() < 0.05) return hostileReport(r, base);
    // A second visit may find the page changed.
    return r() < 0.3 ? { ...base, title: `${base.title ?? ''} (updated)`, text: `${base.text} Updated at ${clock}.` } : base;
  }

  function estimate(): (() => Promise<StorageEstimateLike>) | undefined {
    const x = r();
    if (x < 0.3) return undefined;
    const usage = 90 + Math.floor(r() * 10);
    if (x < 0.8) return async () => ({ usage, quota: 100 });
    if (x < 0.9) return async () => ({ usage: 30, quota: 100 });
    return () => Promise.reject(new Error('no estimate'));
  }

  function save(rep = report(), byHand = r() < 0.2): ModelOp {
    const now = tick();
    const options = { byHand, estimate: estimate() };
    return {
      name: byHand ? 'save-by-hand' : 'save',
      touches: [rep.url],
      mayEvict: true,
      rewrites: { url: rep.url, now },
      run: () => call((d) => saveArticle(d, rep, now, options)),
      apply(m, result) {
        const prev = m.articles.get(rep.url);
        const expected = { ...rep, firstSeen: prev?.firstSeen ?? now, lastSeen: now, savedByHand: byHand || (prev?.savedByHand ?? false) };
        m.articles.set(rep.url, expected);
        const returned = result as StoredArticle;
        // Made new after eviction took the old record, it says so itself.
        const same = [expected, { ...expected, firstSeen: now }].some((e) => fileForm(returned) === fileForm(e));
        return same ? [] : [`saveArticle returned ${fileForm(returned).slice(0, 200)}`];
      },
    };
  }

  function remove(url = any(stored().length > 0 && r() < 0.9 ? stored() : pool.map((p) => p.url))): ModelOp {
    return {
      name: 'delete',
      touches: [url],
      run: () => call((d) => deleteArticle(d, url)),
      apply: (m) => (m.articles.delete(url), []),
    };
  }

  function evict(): ModelOp {
    const now = tick();
    const estimate = { usage: 85 + Math.floor(r() * 15), quota: 100 };
    const options = { batch: 1 + Math.floor(r() * 40), force: r() < 0.3 };
    return {
      name: 'evict',
      touches: [],
      mayEvict: true,
      run: () => call((d) => evictForSpace(d, estimate, now, options)),
      apply: () => [],
      evictedBy: (result) => (result as EvictionResult).evicted,
    };
  }

  function fileArticle(base: ArticleReport): LibraryFileArticle {
    const firstSeen = T0 + Math.floor(r() * (clock - T0 + 1));
    const lastSeen = r() < 0.5 ? firstSeen : firstSeen + Math.floor(r() * (clock + 10_000 - firstSeen));
    return { ...base, firstSeen, lastSeen, savedByHand: r() < 0.15 };
  }

  function importFile(mode: 'merge' | 'replace'): ModelOp {
    let articles: LibraryFileArticle[];
    if (mode === 'replace' && lastExport && r() < 0.6) {
      articles = lastExport;
    } else {
      // Now and then more than one write batch (500) of writeArticles.
      const size = r() < 0.04 ? 520 + Math.floor(r() * 80) : 1 + Math.floor(r() * 60);
      const urls = new Set<string>();
      articles = [];
      while (articles.length < size) {
        const base = r() < 0.04 ? hostileReport(r, any(pool)) : any(pool);
        const url = urls.has(base.url) || size > POOL ? `${base.url}?copy=${articles.length}` : base.url;
        urls.add(url);
        articles.push(fileArticle({ ...base, url }));
      }
    }
    const chunk = 1 + Math.floor(r() * 50);
    return {
      name: `import-${mode}`,
      touches: mode === 'replace' ? 'all' : articles.map((a) => a.url),
      run: () => {
        // Staged in chunks as the options page sends them, fingerprinted as each arrives; written in one go.
        const prepared: PreparedArticle[] = [];
        for (let i = 0; i < articles.length; i += chunk) prepared.push(...articles.slice(i, i + chunk).map(prepareImport));
        let progress = 0;
        return call((d) => applyImport(d, prepared, mode, (written) => (progress = Math.max(progress, written)))).then((result) => ({ result, progress }));
      },
      apply(m, outcome) {
        const { result, progress } = outcome as { result: ImportResult; progress: number };
        const added = mode === 'replace' ? articles.length : articles.filter((a) => !m.articles.has(a.url)).length;
        if (mode === 'replace') m.articles.clear();
        for (const a of articles) m.articles.set(a.url, merged(a, m.articles.get(a.url)));
        const problems: string[] = [];
        if (result.added !== added || result.added + result.updated !== articles.length) problems.push(`import said ${JSON.stringify(result)}, expected ${added} added`);
        if (progress !== articles.length) problems.push(`import progress ended at ${progress} of ${articles.length}`);
        return problems;
      },
    };
  }

  function exportAll(): ModelOp {
    const maxArticles = 1 + Math.floor(r() * 40);
    const maxChars = r() < 0.3 ? 50_000 : undefined;
    return {
      name: 'export',
      touches: [],
      async run() {
        const pages: LibraryFileArticle[] = [];
        let after: string | null = null;
        do {
          // The options page asks again for a page that failed, twice, then gives up.
          let page;
          for (let attempt = 0; ; attempt++) {
            try {
              page = await call((d) => exportPage(d, after, { maxArticles, ...(maxChars && { maxChars }) }));
              break;
            } catch (error) {
              if (attempt === 2) throw error;
            }
          }
          pages.push(...page.articles);
          after = page.next;
        } while (after !== null);
        return pages;
      },
      apply(m, result) {
        const pages = result as LibraryFileArticle[];
        lastExport = pages;
        const expected = [...m.articles.values()].sort((a, b) => (a.url < b.url ? -1 : 1));
        const same = pages.length === expected.length && pages.every((a, i) => fileForm(a) === fileForm(expected[i]!));
        return same ? [] : [`the export has ${pages.length} articles, not the ${expected.length} of the library, or not as stored`];
      },
    };
  }

  function read(): ModelOp {
    const x = r();
    if (x < 0.35) {
      const url = any(stored().length > 0 ? stored() : pool.map((p) => p.url));
      return { name: 'find-matches', touches: [], run: () => call((d) => findMatches(d, url)), apply: (m, result) => dangling(m, result) };
    }
    if (x < 0.5) {
      const entry = indexEntry(any(pool));
      return { name: 'find-matches-for', touches: [], run: () => call((d) => findMatchesFor(d, entry)), apply: (m, result) => dangling(m, result) };
    }
    if (x < 0.7) {
      const search = { query: '', outlet: null, from: null, to: null, offset: Math.floor(r() * 20), limit: 1 + Math.floor(r() * 30) };
      return {
        name: 'search',
        touches: [],
        run: () => call((d) => searchLibrary(d, search)),
        apply(m, result) {
          const newest = [...m.articles.values()].sort((a, b) => b.lastSeen - a.lastSeen || (a.url < b.url ? 1 : -1)).map((a) => a.url);
          const got = (result as { items: Array<{ url: string }> }).items.map((i) => i.url);
          const want = newest.slice(search.offset, search.offset + search.limit);
          return got.join() === want.join() ? [] : [`search listed ${got.length} articles, not the ${want.length} expected`];
        },
      };
    }
    if (x < 0.85) {
      return {
        name: 'count',
        touches: [],
        run: () => call((d) => countArticles(d)),
        apply: (m, n) => (n === m.articles.size ? [] : [`countArticles said ${String(n)}, the library holds ${m.articles.size}`]),
      };
    }
    return { name: 'compact', touches: [], run: () => call((d) => compactStats(d, true)), apply: () => [] };
  }

  function burst(): ModelOp[] {
    const ops: ModelOp[] = [];
    const urls = new Set<string>();
    for (let i = 0, n = 2 + Math.floor(r() * 3); i < n; i++) {
      const x = r();
      const op = x < 0.5 ? save() : x < 0.65 ? remove() : read();
      // Writes in one burst touch different articles, so the order they commit in does not matter.
      if (op.touches !== 'all' && op.touches.some((u) => urls.has(u))) continue;
      if (op.touches !== 'all') for (const u of op.touches) urls.add(u);
      // Results that depend on the order of concurrent writes are not compared.
      ops.push(op.name === 'save' || op.name === 'save-by-hand' || op.name === 'delete' || ops.length === 0 ? op : { ...op, apply: () => [] });
    }
    return ops;
  }

  return () => {
    const x = r();
    if (x < (options.bursts ?? 0.06)) return burst();
    // Space runs short more often in a big library: it stays at a few hundred articles.
    if (model.articles.size > LARGE && x < 0.3) return [evict()];
    const y = r() * 100;
    if (y < 50) return [save()];
    if (y < 58) return [remove()];
    if (y < 61) return [evict()];
    if (y < 64.5) return [importFile('merge')];
    if (y < 66) return [importFile('replace')];
    if (y < 69) return [exportAll()];
    if (y < 70) return [notice()];
    if (y < 70.4) return [{ name: 'clear', touches: 'all', run: () => call((d) => clearLibrary(d)), apply: (m) => (m.articles.clear(), []) }];
    return [read()];
  };

  function notice(): ModelOp {
    return { name: 'dismiss-notice', touches: [], run: () => call((d) => dismissSpaceNotice(d)), apply: (m) => ((m.noticeEvicted = 0), []) };
  }
}

/** A merge import's rule (library-import.ts): the newer account, the earlier first visit, saved by hand if either was. */
function merged(article: LibraryFileArticle, existing: LibraryFileArticle | undefined): LibraryFileArticle {
  if (!existing) return article;
  const newer = article.lastSeen >= existing.lastSeen ? article : existing;
  return {
    ...newer,
    firstSeen: Math.min(existing.firstSeen, article.firstSeen),
    lastSeen: Math.max(existing.lastSeen, article.lastSeen),
    savedByHand: existing.savedByHand || article.savedByHand,
  };
}

function dangling(model: LibraryModel, result: unknown): string[] {
  const missing = (result as Array<{ url: string }>).filter((m) => !model.articles.has(m.url));
  return missing.map((m) => `a match lists ${m.url}, which the library does not hold`);
}
