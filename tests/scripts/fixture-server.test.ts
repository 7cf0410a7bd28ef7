import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// fetch() normalises "../" away before sending; traversal attempts need the raw path on the wire.
function raw(server: FixtureServer, path: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('static files', () => {
  test.each([
    ['/outlet-one/world/voskov-lin-temirsk-talks.html', 'text/html; charset=utf-8', 'anti-Western alliance'],
    ['/outlet-one/ledger.css', 'text/css; charset=utf-8', '.masthead'],
    ['/hostile/diagram.svg', 'image/svg+xml; charset=utf-8', '<svg'],
    ['/', 'text/html; charset=utf-8', 'Parallax demo site'],
    ['/outlet-one/search.html?q=Voskov', 'text/html; charset=utf-8', 'Search results'],
  ])('GET %s', async (path, type, snippet) => {
    const res = await raw(server, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(res.body).toContain(snippet);
  });

  test('HEAD sends headers only', async () => {
    const res = await raw(server, '/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(1000);
    expect(res.body).toBe('');
  });

  test.each(['/missing.html', '/outlet-one/world/nope.html', '/hostile', '/%zz'])('404 for %s', async (path) => {
    expect((await raw(server, path)).status).toBe(404);
  });

  test('other methods are refused', async () => {
    expect((await raw(server, '/index.html', 'POST')).status).toBe(405);
  });
});

describe('path traversal', () => {
  // Each of these names a real file outside the root (the site is tests/fixtures/site).
  test.each([
    '/../fixture-pages.ts',
    '/../../../package.json',
    '/..%2ffixture-pages.ts',
    '/..%2f..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/%2e%2e/package.json',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
    '/outlet-one/..%2f..%2f..%2f..%2fpackage.json',
    '/..%5c..%5c..%5cpackage.json',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/index.html%00.css',
  ])('refuses %s', async (path) => {
    const res = await raw(server, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('"name": "parallax"');
    expect(res.body).not.toContain('listFixturePages');
    expect(res.body).not.toContain('root:');
  });

  test('a custom root serves only its own files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-fixture-'));
    await mkdir(join(dir, 'site'));
    await writeFile(join(dir, 'site', 'page.html'), '<p>inside</p>');
    await writeFile(join(dir, 'secret.txt'), 'outside');
    const own = await startFixtureServer({ root: join(dir, 'site') });
    try {
      expect((await raw(own, '/page.html')).body).toBe('<p>inside</p>');
      expect((await raw(own, '/..%2fsecret.txt')).status).toBe(404);
      expect((await raw(own, '/../secret.txt')).status).toBe(404);
    } finally {
      await own.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('generated pages', () => {
  test.each([
    ['?paragraphs=10', 10],
    ['', 150],
    ['?paragraphs=banana', 150],
    ['?paragraphs=0', 1],
  ])('huge-article.html%s has %i paragraphs', async (query, paragraphs) => {
    const res = await raw(server, `/generated/huge-article.html${query}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const article = res.body.slice(res.body.indexOf('<article>'), res.body.indexOf('</article>'));
    expect(article.match(/<p>/g)?.length).toBe(paragraphs); // the kicker and byline <p>s carry a class
    expect(res.body).toContain('<html lang="en">');
  });

  test('the same query gives the same page', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => raw(server, '/generated/huge-article.html?paragraphs=40')));
    expect(a?.body).toBe(b?.body);
    expect(a?.body).toContain('anti-Western alliance');
    expect(a?.body).toContain('right side of history');
  });

  test('gigantic.html is about 10 MB', async () => {
    const res = await raw(server, '/generated/gigantic.html');
    expect(res.status).toBe(200);
    expect(Buffer.byteLength(res.body)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(Buffer.byteLength(res.body)).toBeLessThan(11 * 1024 * 1024);
    expect(res.body.trimEnd().endsWith('</html>')).toBe(true);
  });
});

test('close() returns while a keep-alive connection is open, and listens on 127.0.0.1 only', async () => {
  const own = await startFixtureServer();
  expect(own.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await fetch(`${own.url}/index.html`, { headers: { connection: 'keep-alive' } }).then((r) => r.text());
  await own.close();
  await expect(fetch(`${own.url}/index.html`)).rejects.toThrow();
});
