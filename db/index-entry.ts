import type { ArticleReport } from '../core/protocol/messages';
import { fingerprint, fingerprintKeys, type Fingerprint } from '../core/matching/fingerprint';

/** What the index knows of an article: its fingerprint and its keys (every one; a stored article keeps the posted few). */
export interface IndexEntry {
  url: string;
  fingerprint: Fingerprint;
  keys: string[];
}

export function indexEntry(report: ArticleReport): IndexEntry {
  const fp = fingerprint({
    id: report.url,
    title: report.title,
    text: report.text,
    outlet: report.siteName,
    url: report.url,
    date: report.publishedTime,
  });
  return { url: report.url, fingerprint: fp, keys: [...new Set(fingerprintKeys(fp))] };
}
