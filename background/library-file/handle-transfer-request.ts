import type { ImportMode, LibraryFailure, LibraryImportStatusResponse, LibraryTransferRequest, LibraryTransferResponse } from '../../core/protocol/library-messages';
import { countArticles } from '../../db/library-queries';
import type { LibraryDb } from '../../db/library-schema';
import { exportPage } from '../../db/library-export';
import { applyImport, prepareImport, type ImportResult, type PreparedArticle } from '../../db/library-import';
import { allProfiles, openOutlets, type OutletDb } from '../../db/outlet-db';
import { importProfiles } from '../../db/outlet-transfer';
import type { OutletProfile } from '../../core/outlet/outlet-profile';

/**
 * Export pages and staged imports for the options page.
 *
 * A library file can be 100 MB, more than one message should carry, and the import must
 * still be one transaction; so the page sends the checked articles in chunks, the
 * background keeps them here under an import id (fingerprinting each chunk as it
 * arrives, outside any transaction), and commit writes them all in one transaction.
 * Writing 100,000 articles means millions of index rows and takes minutes, longer than a
 * browser lets one message wait (Chromium stops a service worker whose event runs past
 * 5 minutes), so commit answers at once and the page polls the status: each poll is an
 * event that keeps the service worker awake. If the background stops anyway (the page
 * closed, the browser quit), the open transaction is aborted and nothing is written.
 * Only one import is staged at a time.
 *
 * The outlet profiles (their own database, db/outlet-db.ts) travel with the first export
 * page and with the import's beginning; they are written once the articles are, in a
 * transaction of their own.
 */

interface StagedImport {
  id: string;
  mode: ImportMode;
  total: number;
  articles: Map<string, PreparedArticle>;
  /** Null: the file has no profiles, and the reader's are left alone. */
  profiles: OutletProfile[] | null;
  touched: number;
  /** Set once commit started the write. */
  job?: ImportJob;
}

interface ImportJob {
  written: number;
  result?: ImportResult & { libraryCount: number; profiles: number | null };
  error?: string;
}

export interface ImportStaging {
  current: StagedImport | null;
}

export interface TransferDeps {
  db: () => Promise<LibraryDb>;
  staging: ImportStaging;
  /** @default the outlet database (openOutlets) */
  outletDb?: () => Promise<OutletDb>;
  /** @default Date.now */
  now?: () => number;
  /** @default crypto.randomUUID */
  newId?: () => string;
}

/** A staged import nobody has asked about for this long is dropped (never one being written). */
export const STAGED_IMPORT_TTL = 10 * 60_000;

const NOT_STAGED = 'this import is no longer staged (the background restarted, another import began, or it waited too long); nothing was written';

export function createImportStaging(): ImportStaging {
  return { current: null };
}

export async function handleTransferRequest(request: LibraryTransferRequest, deps: TransferDeps): Promise<LibraryTransferResponse | LibraryFailure> {
  const now = (deps.now ?? Date.now)();
  const { staging } = deps;
  const current = staging.current;
  if (current && !current.job && now - current.touched > STAGED_IMPORT_TTL) staging.current = null;
  switch (request.type) {
    case 'library:export-page': {
      const db = await deps.db();
      const [page, libraryCount] = await Promise.all([exportPage(db, request.after), countArticles(db)]);
      if (request.after !== null) return { ok: true, ...page, libraryCount };
      const profiles = await allProfiles(await (deps.outletDb ?? openOutlets)());
      return { ok: true, ...page, libraryCount, profiles };
    }
    case 'library:import-begin': {
      if (writing(staging.current)) return { ok: false, error: 'another import is being written; wait for it to finish' };
      const id = (deps.newId ?? (() => crypto.randomUUID()))();
      staging.current = { id, mode: request.mode, total: request.total, articles: new Map(), profiles: request.profiles, touched: now };
      return { ok: true, importId: id };
    }
    case 'library:import-abort':
      if (staging.current?.id === request.importId && !writing(staging.current)) staging.current = null;
      return { ok: true };
    case 'library:import-chunk': {
      const staged = stagedFor(staging, request.importId);
      if (!staged || staged.job) return { ok: false, error: NOT_STAGED };
      const drop = (error: string): LibraryFailure => {
        staging.current = null;
        return { ok: false, error: `${error}; the import was dropped, nothing was written` };
      };
      if (staged.articles.size + request.articles.length > staged.total) return drop(`more articles arrived than the ${staged.total} announced`);
      for (const article of request.articles) {
        if (staged.articles.has(article.url)) return drop(`${article.url} was sent twice`);
        staged.articles.set(article.url, prepareImport(article));
      }
      staged.touched = now;
      return { ok: true, received: staged.articles.size };
    }
    case 'library:import-commit': {
      const staged = stagedFor(staging, request.importId);
      if (!staged) return { ok: false, error: NOT_STAGED };
      if (!staged.job) {
        if (staged.articles.size !== staged.total) {
          staging.current = null;
          return { ok: false, error: `the import is incomplete: ${staged.articles.size} of ${staged.total} articles arrived; nothing was written` };
        }
        staged.job = start(await deps.db(), deps.outletDb ?? (() => openOutlets()), staged);
      }
      return status(staging, staged, now);
    }
    case 'library:import-status': {
      const staged = stagedFor(staging, request.importId);
      if (!staged?.job) return { ok: false, error: NOT_STAGED };
      return status(staging, staged, now);
    }
  }
}

function start(db: LibraryDb, outlets: () => Promise<OutletDb>, staged: StagedImport): ImportJob {
  const job: ImportJob = { written: 0 };
  const prepared = [...staged.articles.values()];
  const { profiles, mode } = staged;
  // The articles now live in `prepared` only, and go with the write.
  staged.articles = new Map();
  void applyImport(db, prepared, mode, (written) => (job.written = written))
    .then(async (result) => {
      const written = profiles === null ? null : await writeProfiles(outlets, profiles, mode);
      job.result = { ...result, libraryCount: await countArticles(db), profiles: written };
    })
    .catch((error: unknown) => (job.error = error instanceof Error ? error.message : 'the library could not be written'));
  return job;
}

/** The articles are in by now: a failure here must say so, rather than "nothing was written". */
async function writeProfiles(outlets: () => Promise<OutletDb>, profiles: readonly OutletProfile[], mode: ImportMode): Promise<number> {
  try {
    return await importProfiles(await outlets(), profiles, mode);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new Error(`the articles were written, but the outlet profiles were not (${reason}); import the file again to add them`);
  }
}

/** Where the write stands; once it has ended, the staged import is dropped (the answer is given once). */
function status(staging: ImportStaging, staged: StagedImport, now: number): LibraryImportStatusResponse | LibraryFailure {
  const job = staged.job!;
  staged.touched = now;
  if (job.error !== undefined || job.result) staging.current = null;
  if (job.error !== undefined) return { ok: false, error: job.error.startsWith('the articles were written') ? job.error : `${job.error}; nothing was written` };
  if (job.result) return { ok: true, state: 'done', ...job.result };
  return { ok: true, state: 'writing', written: job.written, total: staged.total };
}

function writing(staged: StagedImport | null): boolean {
  return staged?.job !== undefined && staged.job.result === undefined && staged.job.error === undefined;
}

function stagedFor(staging: ImportStaging, id: string): StagedImport | null {
  return staging.current?.id === id ? staging.current : null;
}
