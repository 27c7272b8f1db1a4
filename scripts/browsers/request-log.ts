// A counting HTTP proxy on 127.0.0.1 that every request of the browser under test is routed through
// (both browsers are told to send loopback traffic through it too). Going through the proxy is
// decided in the browser's network stack, below pages, workers and extension backgrounds alike,
// so a request that any context makes is seen here even if it happens before the automation
// protocol is attached to that context (an extension's service worker fetches at install time).
//
// Requests to an allowed origin are forwarded, and only if that origin is on loopback: this proxy
// must never become a way off the machine. Everything else is recorded and answered 502, so it
// never leaves the machine either (the proxy does not even resolve the host name).
import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// Headers meant for the proxy, not for the origin server; a WebSocket handshake keeps `Connection`.
const PROXY_HEADERS = ['proxy-connection', 'proxy-authorization'];
const HOP_BY_HOP = ['connection', 'keep-alive', ...PROXY_HEADERS];

export interface RequestLog {
  /** Port of the proxy on 127.0.0.1. */
  port: number;
  /** The proxy's own origin. Browser services that cannot be switched off are pointed here (e.g.
   *  Chromium's --gaia-url): requests to it are answered 404 and not counted. */
  sinkOrigin: string;
  /** What went elsewhere than the allowed origins: a URL, or `CONNECT host:port` for a tunnel
   *  (HTTPS and WebSockets through a proxy; the scheme and path inside it are not visible). */
  unexpected(): string[];
  close(): Promise<void>;
}

export async function startRequestLog(allowedOrigins: string[]): Promise<RequestLog> {
  const allowed = allowedOrigins.map((o) => new URL(o));
  const allowedOriginSet = new Set(allowed.map((u) => u.origin));
  const unexpected: string[] = [];
  let sinkOrigin = '';
  const openSockets = new Set<Duplex>();
  const track = (s: Duplex): void => {
    openSockets.add(s);
    s.on('close', () => openSockets.delete(s));
  };

  // Our own agent, so that close() can drop its kept-alive sockets to the test server.
  const agent = new http.Agent({ keepAlive: true });
  const mayForward = (url: URL): boolean =>
    allowedOriginSet.has(url.origin) && LOOPBACK_HOSTS.has(url.hostname);

  const server = http.createServer((req, res) => {
    const url = parseUrl(req.url);
    if (url?.origin === sinkOrigin) {
      res.writeHead(404).end();
      return;
    }
    if (!url || !mayForward(url)) {
      unexpected.push(url?.href ?? String(req.url));
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const headers = { ...req.headers };
    for (const h of HOP_BY_HOP) delete headers[h];
    const upstream = http.request(url, { method: req.method, headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });

  // HTTPS and WebSockets (ws:// too, in both browsers) come as CONNECT host:port.
  server.on('connect', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    track(client);
    const target = req.url ?? '';
    const ok = allowed.some(
      (u) => LOOPBACK_HOSTS.has(u.hostname) && `${u.hostname}:${portOf(u)}` === target,
    );
    if (!ok) {
      unexpected.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const [host, port] = splitHostPort(target);
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  // A WebSocket handshake sent to the proxy as a plain GET with an absolute ws:// URL.
  server.on('upgrade', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    track(client);
    const url = parseUrl(req.url?.replace(/^ws/, 'http'));
    if (!url || !mayForward(url)) {
      unexpected.push(req.url ?? '');
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(portOf(url)), url.hostname.replace(/^\[|\]$/g, ''), () => {
      const lines = [`${req.method} ${url.pathname}${url.search} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i] ?? '';
        if (!PROXY_HEADERS.includes(name.toLowerCase())) lines.push(`${name}: ${req.rawHeaders[i + 1]}`);
      }
      upstream.write(lines.join('\r\n') + '\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as net.AddressInfo).port;
  sinkOrigin = `http://127.0.0.1:${port}`;

  return {
    port,
    sinkOrigin,
    unexpected: () => [...unexpected],
    close: async () => {
      for (const s of openSockets) s.destroy();
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function parseUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '');
  } catch {
    return null; // an origin-form request line: someone used the proxy as a web server
  }
}

function portOf(u: URL): string {
  if (u.port) return u.port;
  return u.protocol === 'https:' || u.protocol === 'wss:' ? '443' : '80';
}

function splitHostPort(target: string): [string, number] {
  const i = target.lastIndexOf(':');
  return [target.slice(0, i).replace(/^\[|\]$/g, ''), Number(target.slice(i + 1))];
}
