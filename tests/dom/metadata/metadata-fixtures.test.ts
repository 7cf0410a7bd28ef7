import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../cli/parse-document';
import { analyzeDocument } from '../../../dom/pipeline/analyze-document';

/**
 * Whole pages written for the metadata rules (tests/fixtures/metadata/, fictional sites),
 * each built around a trap real pages set: a portal's generic og:title and a wire
 * provider's JSON-LD, a health site with no metadata but its logo and a dated lead, an
 * unsigned editorial dated only in its <title>, a publication hosted on a platform, and
 * a meta author that is the page's editor.
 */

const DIR = resolve(import.meta.dirname, '../../fixtures/metadata');

interface Expected {
  url: string | null;
  /** Judged news (for the pages whose rules are about detection too). */
  isNews?: boolean;
  title: string;
  siteName: string;
  byline: string | null;
  /** The YYYY-MM-DD the reader sees. */
  day: string;
}

const CASES: Array<[string, Expected]> = [
  [
    'portal-syndicated.html',
    { url: 'https://news.harbor-portal.example/ferry-service-halted-storm-carrow-pier-0412.html', isNews: true, title: 'Ferry service halted after storm damages Carrow pier', siteName: 'Harbor Portal News', byline: 'Mira Solberg', day: '2025-03-06' },
  ],
  ['health-desk.html', { url: null, isNews: true, title: 'Children Who Swim Early May Sleep Better', siteName: 'Lakeside Health', byline: 'Tomas Ek', day: '2024-03-04' }],
  [
    'editorial-dated-title.html',
    { url: 'https://www.elfarosur.example/2291034-un-acuerdo-posible-para-el-puerto-del-sur', title: 'Un acuerdo posible para el puerto del sur', siteName: 'EL FARO SUR', byline: null, day: '2023-12-07' },
  ],
  [
    'platform-publication.html',
    { url: 'https://medium.com/tidewater-review/inside-the-valleys-last-lighthouse-4f2a9c', title: 'Inside the Valley’s Last Lighthouse', siteName: 'Tidewater Review', byline: 'Ines Corwin', day: '2024-05-02' },
  ],
  ['editor-as-author.html', { url: 'https://news.haigang.example/a/20240918/003117.htm', title: '海港城新建跨海大桥今日通车', siteName: '海港网', byline: null, day: '2024-09-18' }],
];

describe('metadata of fixture pages', () => {
  test.each(CASES)('%s', (file, expected) => {
    const html = readFileSync(resolve(DIR, file), 'utf8');
    const { extraction } = analyzeDocument(parseDocument(html), expected.url, { always: true });
    const article = extraction!.article;
    expect({
      title: article.title,
      siteName: article.siteName,
      byline: article.byline,
      day: article.publishedTime?.slice(0, 10) ?? null,
    }).toEqual({ title: expected.title, siteName: expected.siteName, byline: expected.byline, day: expected.day });
  });

  // Pages given no address are judged as the extension would judge a page at a neutral one.
  test.each(CASES.filter(([, e]) => e.isNews !== undefined))('%s is judged news', (file, expected) => {
    const html = readFileSync(resolve(DIR, file), 'utf8');
    expect(analyzeDocument(parseDocument(html), expected.url ?? 'https://example.org/view', {}).verdict.isNews).toBe(expected.isNews);
  });
});
