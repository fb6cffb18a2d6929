/**
 * A loopback server that answers for taiwan.cn hosts with the fixture pages' real bytes. Chromium is pointed at it with
 * --host-resolver-rules, so the extension sees the real host names. Later pages of an article are the sibling files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');

export interface FixtureServer {
  port: number;
  /** Every request the server saw, to prove test traffic stayed on loopback and to count page fetches. */
  requests: string[];
  close(): Promise<void>;
}

interface Route {
  file: string;
}

function routes(): Map<string, Route> {
  const map = new Map<string, Route>();
  for (const slug of readdirSync(FIXTURES)) {
    const dir = path.join(FIXTURES, slug);
    const urlFile = path.join(dir, 'url.txt');
    if (!existsSync(urlFile)) continue;
    const url = new URL(readFileSync(urlFile, 'utf8').trim());
    const folder = url.pathname.replace(/[^/]*$/, '');
    for (const name of readdirSync(dir)) {
      if (!/\.html?$/.test(name)) continue;
      // page.htm is the page at url.txt; other .htm files are served under their own names beside it.
      const pathname = name === 'page.htm' ? url.pathname : folder + name;
      map.set(`${url.host}${pathname}`, { file: path.join(dir, name) });
    }
  }
  return map;
}

export async function startFixtureServer(extra: Record<string, Buffer> = {}): Promise<FixtureServer> {
  const table = routes();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const key = `${host}${pathname}`;
    requests.push(key);
    const body = extra[key] ?? (table.get(key) ? readFileSync(table.get(key)!.file) : null);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    // No charset in the header, as many taiwan.cn pages were served: the page's own meta decides.
    const type = /\.(jpe?g)$/.test(pathname) ? 'image/jpeg' : /\.png$/.test(pathname) ? 'image/png' : 'text/html';
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
