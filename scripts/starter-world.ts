/**
 * The starter set's fixture world (tests/fixtures/starter-world) served on 127.0.0.1: one
 * server for every outlet, told apart by the host asked for. Browsers reach it by name:
 * Chromium maps *.parallax.test here (--host-resolver-rules), Firefox sends its requests
 * here as to a proxy (the request line then holds the whole address). Node callers (the
 * bench) name the host in `x-parallax-host`.
 *
 * Run alone with `npx tsx scripts/starter-world.ts`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { feed, homePage, outletByHost, SLOW_MS, storyPage, WORLD_DOMAIN } from '../tests/fixtures/starter-world/world.ts';

export interface StarterWorld {
  port: number;
  /** Requests answered, by host, in order: lets a test say who was asked and when. */
  log: Array<{ host: string; path: string; at: number }>;
  close(): Promise<void>;
}

export interface StarterWorldOptions {
  /** @default SLOW_MS */
  slowMs?: number;
}

export async function startStarterWorld(options: StarterWorldOptions = {}): Promise<StarterWorld> {
  const log: StarterWorld['log'] = [];
  const slowMs = options.slowMs ?? SLOW_MS;
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    const target = whereTo(request);
    log.push({ host: target.host, path: target.path, at: Date.now() });
    const outlet = outletByHost(target.host);
    if (!outlet) return send(response, 404, 'text/plain', `no outlet at ${target.host}`);
    if (outlet.behaviour === 'dead') return void request.socket.destroy();
    const answer = () => route(outlet, target.path, response);
    if (outlet.behaviour !== 'slow') return answer();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, slowMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise((resolve) => {
        timers.forEach(clearTimeout);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(outlet: NonNullable<ReturnType<typeof outletByHost>>, path: string, response: ServerResponse): void {
  if (path === '/') return send(response, 200, 'text/html; charset=utf-8', homePage(outlet));
  if (path === '/feed.xml') {
    if (outlet.behaviour === 'html-feed') return send(response, 200, 'text/html; charset=utf-8', '<!doctype html><html><body><h1>Sign up to our newsletter</h1></body></html>');
    if (outlet.behaviour === 'offsite') {
      response.writeHead(302, { location: `http://elsewhere.${WORLD_DOMAIN}/feed.xml` });
      return void response.end();
    }
    return send(response, 200, 'application/rss+xml; charset=utf-8', feed(outlet));
  }
  const story = /^\/story\/([a-z0-9-]+)\.html$/.exec(path);
  const page = story ? storyPage(outlet, story[1]!) : null;
  if (page) return send(response, 200, 'text/html; charset=utf-8', page);
  send(response, 404, 'text/plain', 'not found');
}

/** The host and path asked for: from a proxy's absolute request line, the bench's header, or Host. */
function whereTo(request: IncomingMessage): { host: string; path: string } {
  const raw = request.url ?? '/';
  if (/^https?:\/\//.test(raw)) {
    const url = new URL(raw);
    return { host: url.host, path: url.pathname };
  }
  const named = request.headers['x-parallax-host'];
  const host = (typeof named === 'string' ? named : request.headers.host) ?? '';
  return { host, path: new URL(raw, 'http://x').pathname };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  response.end(body);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const world = await startStarterWorld();
  console.log(`starter world on 127.0.0.1:${world.port} (*.${WORLD_DOMAIN})`);
}
