// A local proxy that every browser under test is pointed at. Requests that request interception answers never
// reach it; whatever does reach it (an extension background fetch that interception cannot see, a stray
// connection) is recorded and refused, so no test ever touches the real network.
import http from 'node:http';

// Hosts the browsers themselves call (time, update and settings services). They are not the extension's
// traffic, so they are kept out of `blockedRequests` (they are still refused and kept in `proxyLog`).
const BROWSER_SERVICE_HOSTS = [
  /(^|\.)google\.com$/,
  /(^|\.)googleapis\.com$/,
  /(^|\.)gstatic\.com$/,
  /(^|\.)gvt1\.com$/,
  /(^|\.)mozilla\.(com|net|org)$/,
  /(^|\.)firefox\.com$/,
  /(^|\.)mozaws\.net$/,
];

export function isBrowserServiceHost(hostname) {
  return BROWSER_SERVICE_HOSTS.some((pattern) => pattern.test(hostname));
}

/** @param {(entry: { url: string, hostname: string }) => void} onRequest */
export async function startNetworkGuard(onRequest) {
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    let hostname = '';
    try {
      hostname = new URL(req.url ?? '').hostname;
    } catch {
      hostname = String(req.headers.host ?? '').split(':')[0] ?? '';
    }
    onRequest({ url: req.url ?? '', hostname });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the HardDay e2e harness');
  });
  server.on('connect', (req, socket) => {
    const target = req.url ?? '';
    onRequest({ url: `https://${target}/`, hostname: target.replace(/:\d+$/, '') });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('network guard: no port');
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}
