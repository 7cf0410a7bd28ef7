import type { Flag } from '../core/protocol/article';
import { analyzeDocument } from '../dom/pipeline/analyze-document';
import { readJsonLines, stringField, UsageError, warn, writeLine } from './io';
import { loadPage } from './load-page';
import { newsReasonLines } from './news-reasons';
import { parseDocument } from './parse-document';

/** `analyze [--url URL] FILE` or `analyze --batch` with `{"id","file","url"?}` lines on stdin. */
export async function analyzeCommand(args: string[]): Promise<number> {
  const batch = args.includes('--batch');
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  if (urlAt >= 0 && (!url || url.startsWith('--'))) throw new UsageError('--url needs a value');
  const files = args.filter((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));

  if (!batch) {
    if (files.length !== 1) throw new UsageError('analyze takes one FILE, or --batch with JSON lines on stdin');
    const line = await analyzeFile(files[0]!, url ?? null);
    await writeLine({ file: files[0], ...line });
    return 'error' in line ? 1 : 0;
  }
  if (files.length > 0) throw new UsageError('analyze --batch reads its pages from stdin, not from arguments');
  let failures = 0;
  for await (const input of readJsonLines()) {
    if ('error' in input) {
      warn(input.error);
      await writeLine({ id: null, error: input.error });
      failures++;
      continue;
    }
    const id = stringField(input.value, 'id');
    const file = stringField(input.value, 'file');
    if (!file) {
      await writeLine({ id, error: `line ${input.lineNumber}: "file" is missing` });
      failures++;
      continue;
    }
    const line = await analyzeFile(file, stringField(input.value, 'url'));
    if ('error' in line) failures++;
    await writeLine({ id: id ?? file, ...line });
  }
  // Page failures are reported on their own lines; the batch itself succeeded.
  if (failures > 0) warn(`${failures} page(s) failed`);
  return 0;
}

async function analyzeFile(file: string, url: string | null): Promise<Record<string, unknown>> {
  try {
    const html = await loadPage(file);
    const { verdict, extraction, flags, pieceType } = analyzeDocument(parseDocument(html), url, { always: true });
    const article = extraction?.article;
    return {
      isNews: verdict.isNews,
      newsScore: verdict.score,
      title: article?.title ?? null,
      siteName: article?.siteName ?? null,
      byline: article?.byline ?? null,
      publishedTime: article?.publishedTime ?? null,
      lang: article?.lang ?? null,
      canonicalUrl: article?.canonicalUrl ?? null,
      text: article?.text ?? '',
      flags: flags.map(flagForCli),
      reasons: newsReasonLines(verdict.reasons),
      warnings: extraction?.warnings ?? [],
      pieceType: pieceType.kind,
      pieceTypeReasons: pieceType.reasons,
    };
  } catch (error) {
    const message = `${file}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
    warn(message);
    return { error: message };
  }
}

export function flagForCli(flag: Flag) {
  const base = { start: flag.start, end: flag.end, text: flag.text, category: flag.category, voice: flag.voice, speaker: flag.speaker };
  // `score` is added only when the learned scorer decided: the contract's fields stay as they were.
  return flag.score === undefined ? base : { ...base, score: flag.score };
}
