import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPUS_DIR } from '../corpus';

/**
 * The Propaganda Techniques Corpus articles in ../shared/corpus (Da San Martino et al.,
 * EMNLP 2019; SemEval-2020 Task 11), read for training and measuring only: research
 * use, never copied into the repository. Only two labels are targets here.
 */
export const TARGET_LABELS = new Set(['Loaded_Language', 'Name_Calling,Labeling']);
export const NAMING_LABEL = 'Name_Calling,Labeling';

export interface PtcSpan {
  start: number;
  end: number;
  label: string;
}

export interface PtcArticle {
  id: string;
  text: string;
  spans: PtcSpan[];
}

export const PTC_FILE = join(CORPUS_DIR, 'ptc-dev.jsonl.gz');

export function ptcAvailable(): boolean {
  return existsSync(PTC_FILE);
}

export function readPtc(): PtcArticle[] {
  return gunzipSync(readFileSync(PTC_FILE))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { id: string; text: string; spans: PtcSpan[] };
      return { id: String(row.id), text: row.text, spans: row.spans.map(({ start, end, label }) => ({ start, end, label })) };
    });
}

/** Article-wise folds, stable across runs: fold = position in id order, modulo k. */
export function foldsOf(articles: readonly PtcArticle[], k: number): PtcArticle[][] {
  const folds: PtcArticle[][] = Array.from({ length: k }, () => []);
  [...articles].sort((a, b) => a.id.localeCompare(b.id)).forEach((article, i) => folds[i % k]!.push(article));
  return folds;
}
