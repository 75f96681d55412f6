/**
 * The end-to-end tests' whole internet, on 127.0.0.1: one HTTP server that
 *  - serves fixture pages (/fixtures/<rule>/<page>.html) and e2e pages (/e2e/<page>.html),
 *  - acts as the browsers' HTTP/HTTPS proxy, so a fixture's vendor script on
 *    https://widget.intercom.io/... gets an empty 200 instead of a DNS failure, and a whole-site
 *    fixture that stands for https://chatgpt.com/ is served at that very URL,
 *  - records every request, so tests can assert that the extension itself never makes one.
 * HTTPS is terminated with a throwaway self-signed certificate the browsers are told to accept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join, normalize, extname } from 'node:path';
import { ROOT, FIXTURES_DIR } from '../../support/rule-files';

export const E2E_PAGES_DIR = join(ROOT, 'test', 'e2e', 'pages');
export const BENCH_PAGES_DIR = join(ROOT, 'bench', 'pages');
const CERT_DIR = join(ROOT, 'node_modules', '.cache', 'candor-test-cert');

export interface LoggedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

function ensureCertificate(): { key: Buffer; cert: Buffer } {
  const keyPath = join(CERT_DIR, 'key.pem');
  const certPath = join(CERT_DIR, 'cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(CERT_DIR, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath,
      '-days', '3650', '-subj', '/CN=candor-test-proxy',
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.mjs': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Whole-site fixtures by the URL they stand for ("chatgpt.com/" -> "chatgpt/chat.html"). */
function indexSiteFixtures(): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(FIXTURES_DIR)) return map;
  for (const folder of readdirSync(FIXTURES_DIR)) {
    const dir = join(FIXTURES_DIR, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.html')) continue;
      const html = readFileSync(join(dir, file), 'utf8');
      const meta = /<meta\s+name=["']candor-fixture-url["']\s+content=["']([^"']+)["']/i.exec(html);
      if (!meta) continue;
      const url = new URL(meta[1]!);
      map.set(`${url.host}${url.pathname}`, `${folder}/${file}`);
    }
  }
  return map;
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** proxy address for browsers: 127.0.0.1:PORT */
  proxy: string;
  requests: LoggedRequest[];
  /** URL of a fixture page: fixtureUrl('intercom/messenger.html') */
  fixtureUrl(path: string): string;
  pageUrl(path: string): string;
  /** URL of a page the test renders itself (GeneratedPages.page) */
  generatedUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Pages a test renders itself: `page(path)` answers /generated/<path> on 127.0.0.1, `frame(url)`
 * answers a request to another host (a vendor's own chat frame) before the empty default.
 */
export interface GeneratedPages {
  page?: (path: string) => string | undefined;
  frame?: (url: URL) => string | undefined;
}

export async function startServer(generated: GeneratedPages = {}): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const siteFixtures = indexSiteFixtures();
  const hanging = new Set<http.ServerResponse>();

  const serveFile = (res: http.ServerResponse, base: string, rel: string, extraHeaders: Record<string, string> = {}) => {
    const path = normalize(join(base, rel));
    if (!path.startsWith(base) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extraHeaders });
    res.end(readFileSync(path));
  };

  const handler = (req: http.IncomingMessage, res: http.ServerResponse, scheme: 'http' | 'https') => {
    const host = (req.headers.host ?? '').toLowerCase();
    const url = new URL(req.url!.startsWith('http') ? req.url! : `${scheme}://${host}${req.url}`);
    requests.push({ method: req.method ?? 'GET', url: url.href, headers: req.headers, at: Date.now() });
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';

    if (local) {
      const p = decodeURIComponent(url.pathname);
      // Any page may ask for a strict Content-Security-Policy header: ?csp=strict
      const csp: Record<string, string> =
        url.searchParams.get('csp') === 'strict'
          ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'" }
          : {};
      if (p.startsWith('/fixtures/')) return serveFile(res, FIXTURES_DIR, p.slice('/fixtures/'.length), csp);
      if (p.startsWith('/e2e/')) return serveFile(res, E2E_PAGES_DIR, p.slice('/e2e/'.length), csp);
      if (p.startsWith('/bench/')) return serveFile(res, BENCH_PAGES_DIR, p.slice('/bench/'.length));
      if (p.startsWith('/generated/')) {
        const html = generated.page?.(p.slice('/generated/'.length));
        if (html === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(html);
        return;
      }
      if (p === '/redirect') {
        res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
        return;
      }
      if (p === '/never-finishes') {
        // Sends the start of a page and never ends it: "load" never fires.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><title>Still loading</title><h1>This page never finishes loading</h1>');
        hanging.add(res);
        return;
      }
      if (p === '/slow-script.js') {
        hanging.add(res);
        return; // a script that never arrives keeps the page loading
      }
      if (p === '/status/500') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('server error');
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }

    // Anything else is "the internet": a whole-site fixture at its real URL, or an empty asset.
    const site = siteFixtures.get(`${url.host}${url.pathname}`);
    if (site) return serveFile(res, FIXTURES_DIR, site);
    const frame = generated.frame?.(url);
    if (frame !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(frame);
      return;
    }
    const type = TYPES[extname(url.pathname)] ?? (req.headers['sec-fetch-dest'] === 'iframe' || req.headers['sec-fetch-dest'] === 'document' ? TYPES['.html']! : TYPES['.js']!);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
    res.end(type.startsWith('text/html') ? '<!doctype html><title>empty</title>' : '');
  };

  const { key, cert } = ensureCertificate();
  const tlsServer = https.createServer({ key, cert }, (req, res) => handler(req, res, 'https'));
  const server = http.createServer((req, res) => handler(req, res, 'http'));
  // HTTPS through the proxy: accept the tunnel and hand the socket to the TLS server.
  server.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    requests.push({ method: 'CONNECT', url: `https://${req.url}`, headers: req.headers, at: Date.now() });
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    tlsServer.emit('connection', socket);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    proxy: `127.0.0.1:${port}`,
    requests,
    fixtureUrl: (path) => `${origin}/fixtures/${path}`,
    pageUrl: (path) => `${origin}/e2e/${path}`,
    generatedUrl: (path) => `${origin}/generated/${path}`,
    close: async () => {
      for (const res of hanging) res.destroy();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      tlsServer.close();
    },
  };
}

/** The URL a fixture page is served at in the browsers: its own meta URL, or on 127.0.0.1. */
export function servedUrl(server: TestServer, path: string): string {
  const html = readFileSync(join(FIXTURES_DIR, path), 'utf8');
  const meta = /<meta\s+name=["']candor-fixture-url["']\s+content=["']([^"']+)["']/i.exec(html);
  return meta?.[1] ?? server.fixtureUrl(path);
}
