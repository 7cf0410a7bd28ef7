/**
 * A static server for the fixture site (tests/fixtures/site), bound to 127.0.0.1, plus two
 * generated pages that are too big to keep in the repository:
 *   /generated/huge-article.html?paragraphs=N   the long-read generator at any length
 *   /generated/gigantic.html                    the same article padded to about 10 MB
 * and a framework for pages that hydrate, from the installed package (never copied here):
 *   /vendor/preact.mjs, /vendor/preact-hooks.mjs
 *
 * Run alone with `npx tsx scripts/fixture-server.ts [port]`.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateLongArticle } from '../tests/fixtures/long-article.ts';
import { feedRoute } from './feed-routes.ts';

export interface FixtureServerOptions {
  /** Folder to serve. @default 'tests/fixtures/site' (from the repository root) */
  root?: string;
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number;
}

export interface FixtureServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:4173`. */
  url: string;
  close(): Promise<void>;
}

const DEFAULT_ROOT = fileURLToPath(new URL('../tests/fixtures/site', import.meta.url));
const FEED_FIXTURES = fileURLToPath(new URL('../tests/fixtures/feeds', import.meta.url));
const MAX_PARAGRAPHS = 100_000;
const GIGANTIC_CHARS = 10 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

let gigantic: string | undefined;

/** Modules a fixture page may import by name (an import map points at these paths). */
const VENDOR_MODULES: Record<string, string> = {
  '/vendor/preact.mjs': fileURLToPath(new URL('../node_modules/preact/dist/preact.module.js', import.meta.url)),
  '/vendor/preact-hooks.mjs': fileURLToPath(new URL('../node_modules/preact/hooks/dist/hooks.module.js', import.meta.url)),
};

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const notFound = (req: IncomingMessage, res: ServerResponse): void =>
  send(req, res, 404, 'text/plain; charset=utf-8', 'Not found\n');

function generated(pathname: string, query: URLSearchParams): string | undefined {
  if (pathname === '/generated/huge-article.html') {
    const asked = Number.parseInt(query.get('paragraphs') ?? '150', 10);
    const paragraphs = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), MAX_PARAGRAPHS) : 150;
    return generateLongArticle({ paragraphs }).html;
  }
  if (pathname === '/generated/gigantic.html') {
    return (gigantic ??= generateLongArticle({ paragraphs: 1, minChars: GIGANTIC_CHARS }).html);
  }
  return undefined;
}

/** The file under `root` that `pathname` names, or undefined if it names nothing there. */
async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  // `new URL` already folds "/../", but "%2e%2e%2f" and "..%2f" only appear after decoding.
  const inside = (path: string): boolean => path === root || path.startsWith(root + sep);
  let file = resolve(root, `.${decoded}`);
  if (!inside(file)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const real = await realpath(file); // a symlink must not lead out of the root either
    return inside(real) && (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Sends a file as it is, or 404 when there is none. */
async function serveFile(req: IncomingMessage, res: ServerResponse, file: string | undefined): Promise<void> {
  try {
    if (!file) return notFound(req, res);
    const { size } = await stat(file);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
  } catch {
    if (!res.headersSent) notFound(req, res);
    else res.destroy();
  }
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = await realpath(resolve(options.root ?? DEFAULT_ROOT));

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (feedRoute(req, res, url, (name) => void resolveFile(FEED_FIXTURES, `/${name}`).then((file) => serveFile(req, res, file)))) return;
    const page = generated(url.pathname, url.searchParams);
    if (page !== undefined) {
      send(req, res, 200, CONTENT_TYPES['.html'] as string, page);
      return;
    }
    const vendor = VENDOR_MODULES[url.pathname];
    if (vendor) {
      void serveFile(req, res, vendor);
      return;
    }
    void resolveFile(root, url.pathname).then((file) => serveFile(req, res, file));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      (closed ??= new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections(); // keep-alive sockets would hold close() open
      })),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startFixtureServer({ port: Number(process.argv[2] ?? 4173) });
  console.log(`Fixture site at ${server.url}/ (Ctrl+C to stop)`);
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
}
