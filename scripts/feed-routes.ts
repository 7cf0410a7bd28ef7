/**
 * Feeds for the end-to-end tests and `npm start`, served beside the fixture site under
 * /feeds/. Their stories link to the site's own article pages on this server, so a
 * followed outlet fills the library with accounts the popup can match.
 *   /feeds/ledger.xml        RSS 2.0 of The Northern Ledger; answers 304 to its ETag
 *   /feeds/harbour.xml       Atom of The Harbour Independent (cluttered article pages)
 *   /feeds/harbour-home.html a home page that links its feed (<link rel="alternate">)
 *   /feeds/slow.xml          the Eastgate Wire's RSS, three seconds late
 *   /feeds/moved.xml         a redirect to ledger.xml
 *   /feeds/flaky.xml         works twice, then answers 500
 *   /feeds/huge.xml          a 60 MB feed, streamed
 *   /feeds/oversized.xml     RSS of two stories: one whose page is too large to read, one that reads
 *   /feeds/fixtures/<file>   the feed fixtures as they are (tests/fixtures/feeds)
 *   /feeds/hits              how many times each feed was asked for, and answered 304
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';

const hits = new Map<string, { requests: number; notModified: number }>();

interface Story {
  path: string;
  title: string;
  summary: string;
  published: string;
  guid: string;
}

const LEDGER: Story[] = [
  {
    path: '/outlet-one/world/voskov-lin-temirsk-talks.html',
    title: 'Voskov and Lin hail “best period” in Valdoria-Qiran ties at Temirsk talks',
    summary: 'President Voskov of Valdoria and Qiran’s leader Lin Sorel met in Temirsk and called relations the best period in their history.',
    published: 'Wed, 12 Mar 2025 19:11:00 -0400',
    guid: 'ledger-2025-03-12-temirsk',
  },
  {
    path: '/outlet-one/local/carrow-bridge-floods.html',
    title: 'Hundreds leave homes as the River Wendle floods Carrow Bridge',
    summary: 'The River Wendle burst its banks at Carrow Bridge; the county opened two rest centres.',
    published: 'Fri, 14 Mar 2025 09:30:00 -0400',
    guid: 'ledger-2025-03-14-floods',
  },
];

const HARBOUR: Story = {
  path: '/outlet-two/news/valdoria-qiran-ties-finest-chapter.html',
  title: 'Valdoria-Qiran ties in ‘finest chapter of their history,’ Voskov and Lin say',
  summary: 'Voskov and Lin met in Temirsk.',
  published: '2025-03-13T09:22:00+02:00',
  guid: 'urn:harbour:valdoria-qiran-finest-chapter',
};

const EASTGATE: Story = {
  path: '/outlet-three/world/lin-state-visit-krasnovel.html',
  title: 'Qiran’s Lin arrives in Krasnovel as Valdoria seeks pipeline breakthrough',
  summary: 'Lin Sorel arrived in Krasnovel for a state visit.',
  published: 'Wed, 17 Sep 2025 14:05:00 +0300',
  guid: 'eastgate-krasnovel',
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rss(title: string, origin: string, home: string, stories: Story[]): string {
  const items = stories
    .map(
      (s) => `<item><title>${escape(s.title)}</title><link>${origin}${s.path}</link><guid isPermaLink="false">${s.guid}</guid><pubDate>${s.published}</pubDate><description>${escape(s.summary)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escape(title)}</title><link>${origin}${home}</link>\n${items}\n</channel></rss>\n`;
}

function atom(title: string, origin: string, stories: Story[]): string {
  const entries = stories
    .map(
      (s) => `<entry><title>${escape(s.title)}</title><link rel="alternate" href="${origin}${s.path}"/><id>${s.guid}</id><updated>${s.published}</updated><summary>${escape(s.summary)}</summary></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(title)}</title><link href="${origin}/outlet-two/"/><id>urn:harbour</id><updated>2025-03-13T09:22:00+02:00</updated>\n${entries}\n</feed>\n`;
}

function count(path: string, notModified: boolean): void {
  const entry = hits.get(path) ?? { requests: 0, notModified: 0 };
  entry.requests++;
  if (notModified) entry.notModified++;
  hits.set(path, entry);
}

function reply(req: IncomingMessage, res: ServerResponse, type: string, body: string, etag?: string): void {
  const notModified = etag !== undefined && req.headers['if-none-match'] === etag;
  count(new URL(req.url ?? '/', 'http://x').pathname, notModified);
  if (notModified) {
    res.writeHead(304, { ETag: etag }).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...(etag ? { ETag: etag } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Streams about `megabytes` MB of a feed that never ends in time. */
function streamHuge(res: ServerResponse, megabytes: number): void {
  res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
  const item = `<item><title>Filler</title><link>http://127.0.0.1/filler</link><description>${'x'.repeat(1_000)}</description></item>\n`.repeat(1_000);
  let sent = 0;
  const push = (): void => {
    while (sent < megabytes) {
      sent++;
      if (!res.write(sent === 1 ? `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>${item}` : item)) {
        res.once('drain', push);
        return;
      }
    }
    res.end('</channel></rss>');
  };
  res.on('close', () => (sent = megabytes)); // the client gave up: stop writing
  push();
}

const OVERSIZED: Story[] = [
  { ...LEDGER[0]!, title: 'The Temirsk talks: the full record', summary: 'The full record of the Temirsk talks.', guid: 'oversized-1', path: '/feeds/world/2025/03/temirsk-talks-full-record.html' },
  { ...LEDGER[0]!, title: 'Extra boats on the fjord line', summary: 'Extra boats.', guid: 'oversized-2', path: '/norvik/ferry-times/fjordline-extra-boats.html' },
];

/**
 * One of the site's articles with 1.2 million characters more of text: past the page-size
 * guard (dom/pipeline/page-size.ts) yet well under the feed reader's 5 MB cap on a page.
 */
function oversizedStory(): string {
  const page = readFileSync(resolve(import.meta.dirname, '../tests/fixtures/site/outlet-one/world/voskov-lin-temirsk-talks.html'), 'utf8');
  const padding = `<p>${'The full record of the talks runs on, line after line. '.repeat(40)}</p>`.repeat(550);
  return page.replace('</article>', `${padding}</article>`);
}

/** Answers a /feeds/ request; false when the path is not one of ours. `serveFile` sends a fixture. */
export function feedRoute(req: IncomingMessage, res: ServerResponse, url: URL, serveFixture: (name: string) => void): boolean {
  const origin = `http://${req.headers.host ?? url.host}`;
  switch (url.pathname) {
    case '/feeds/ledger.xml':
      reply(req, res, 'application/rss+xml; charset=utf-8', rss('The Northern Ledger', origin, '/outlet-one/', LEDGER), '"ledger-1"');
      return true;
    case '/feeds/harbour.xml':
      reply(req, res, 'application/atom+xml; charset=utf-8', atom('The Harbour Independent', origin, [HARBOUR]));
      return true;
    case '/feeds/harbour-home.html':
      reply(req, res, 'text/html; charset=utf-8', `<!doctype html><html><head><title>The Harbour Independent</title><link rel="alternate" type="application/atom+xml" href="/feeds/harbour.xml" title="Latest"></head><body><h1>The Harbour Independent</h1></body></html>`);
      return true;
    case '/feeds/slow.xml':
      setTimeout(() => reply(req, res, 'application/rss+xml', rss('Eastgate Wire', origin, '/outlet-three/', [EASTGATE])), 3_000);
      return true;
    case '/feeds/flaky.xml': {
      // Works twice (found, then checked), then fails as a server in trouble does.
      const first = (hits.get(url.pathname)?.requests ?? 0) < 2;
      if (first) reply(req, res, 'application/rss+xml', rss('The Flaky Times', origin, '/flaky/', [{ ...EASTGATE, guid: 'flaky-1', path: '/outlet-three/world/lin-state-visit-krasnovel.html?from=flaky' }]));
      else {
        count(url.pathname, false);
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal error\n');
      }
      return true;
    }
    case '/feeds/moved.xml':
      count(url.pathname, false);
      res.writeHead(301, { Location: '/feeds/ledger.xml' }).end();
      return true;
    case '/feeds/huge.xml':
      count(url.pathname, false);
      streamHuge(res, 60);
      return true;
    case '/feeds/oversized.xml':
      reply(req, res, 'application/rss+xml; charset=utf-8', rss('The Oversized Record', origin, '/feeds/', OVERSIZED));
      return true;
    case '/feeds/world/2025/03/temirsk-talks-full-record.html':
      reply(req, res, 'text/html; charset=utf-8', oversizedStory());
      return true;
    case '/feeds/hits':
      reply(req, res, 'application/json', JSON.stringify(Object.fromEntries(hits)));
      return true;
  }
  const fixture = /^\/feeds\/fixtures\/([\w.-]+)$/.exec(url.pathname)?.[1];
  if (fixture) {
    count(url.pathname, false);
    serveFixture(fixture);
    return true;
  }
  return false;
}
