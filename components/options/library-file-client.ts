import { LIBRARY_FILE_LIMITS, LIBRARY_FILE_TAIL, libraryFileArticle, libraryFileHead, parseLibraryFile, type LibraryFile, type LibraryFileResult } from '../../core/library-file/library-file-format';
import { pageEnd } from '../../core/library-file/transfer-request';
import type { ImportMode, LibraryFailure, LibraryImportStatusResponse } from '../../core/protocol/library-messages';
import type { ResponseOf } from '../../core/protocol/protocol';
import type { Settings } from '../../core/settings/settings';
import { ask } from './library-client';
import { formatBytes, uiText } from './ui-text';

/**
 * The options page's half of export and import (the background's: background/library-file/handle-transfer-request.ts).
 *
 * Export: the library comes in pages of at most 500 articles (and about 8 M characters);
 * each page becomes a Blob at once, so the page's strings can be collected while the
 * browser keeps the bytes (on disk when large), and the file is a Blob of those Blobs.
 *
 * Import: the file's size is checked before it is read; it is parsed and checked whole
 * here, then sent in chunks of the same size to be staged, and written on commit in one
 * transaction. A refused file never reaches the background.
 */

export type Progress = (done: number, total: number) => void;

export async function exportLibraryFile(settings: Settings, now: Date, onProgress: Progress): Promise<{ ok: true; blob: Blob; count: number } | LibraryFailure> {
  const parts: Blob[] = [];
  let after: string | null = null;
  let count = 0;
  do {
    const page: ResponseOf<'library:export-page'> = await ask('library:export-page', { after });
    if (!page.ok) return page;
    // The outlet profiles come with the first page, and go in the head.
    if (after === null) parts.push(new Blob([libraryFileHead(settings, now, page.profiles ?? [])]));
    if (page.articles.length > 0) parts.push(new Blob([(count > 0 ? ',\n' : '') + page.articles.map(libraryFileArticle).join(',\n')]));
    count += page.articles.length;
    after = page.next;
    onProgress(count, Math.max(count, page.libraryCount));
  } while (after !== null);
  parts.push(new Blob([LIBRARY_FILE_TAIL]));
  return { ok: true, blob: new Blob(parts, { type: 'application/json' }), count };
}

/** Saves a Blob as a download with the given name. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, not at once: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads and checks a chosen file; the size first, so a huge file is never read. */
export async function readLibraryFile(file: Blob): Promise<LibraryFileResult> {
  const t = uiText.transfer;
  if (file.size > LIBRARY_FILE_LIMITS.bytes) return { ok: false, error: t.tooBig(formatBytes(file.size)) };
  const text = await file.text().catch(() => null);
  if (text === null) return { ok: false, error: t.unreadable };
  return parseLibraryFile(text);
}

/** How often the page asks how far a write has come. */
const POLL_MS = 500;

export interface ImportProgress {
  /** Articles sent to the background and checked there. */
  onSent: Progress;
  /** Articles written in the transaction. */
  onWritten: Progress;
}

/** Stages the file's articles in the background chunk by chunk, commits them, and waits for the write to end. */
export async function importLibraryFile(
  file: LibraryFile,
  mode: ImportMode,
  progress: ImportProgress,
): Promise<Extract<LibraryImportStatusResponse, { state: 'done' }> | LibraryFailure> {
  const { articles } = file;
  const begun = await ask('library:import-begin', { mode, total: articles.length, profiles: file.profiles });
  if (!begun.ok) return begun;
  const { importId } = begun;
  for (let start = 0; start < articles.length; ) {
    const end = pageEnd(articles, start);
    const sent = await ask('library:import-chunk', { importId, offset: start, articles: articles.slice(start, end) });
    if (!sent.ok) {
      void ask('library:import-abort', { importId });
      return sent;
    }
    progress.onSent(end, articles.length);
    start = end;
  }
  let answer = await ask('library:import-commit', { importId });
  while (answer.ok && answer.state === 'writing') {
    progress.onWritten(answer.written, answer.total);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    answer = await ask('library:import-status', { importId });
  }
  return answer;
}
