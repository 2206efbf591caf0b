/**
 * A small round-robin reverse proxy for `bench/scale-out.ts`, in its own process: each request
 * goes to the next instance in turn over kept-alive connections, the body streamed both ways.
 * Instances are given as SCALE_UPSTREAMS (comma-separated base URLs); it listens on PORT.
 * `/__proxy/cpu` answers this process's CPU time and request count, as the instances do.
 */
import { Agent, createServer, request as forward } from 'node:http';

const upstreams = (process.env.SCALE_UPSTREAMS ?? '').split(',').filter(Boolean).map((base) => new URL(base));
if (upstreams.length === 0) throw new Error('SCALE_UPSTREAMS names no instance');
// As many sockets per instance as the load generator opens to the proxy, so none waits for one.
const agent = new Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 256 });
let next = 0;
let requests = 0;

const server = createServer((incoming, outgoing) => {
  if (incoming.url === '/__proxy/cpu') {
    const { user, system } = process.cpuUsage();
    outgoing.setHeader('content-type', 'application/json');
    outgoing.end(JSON.stringify({ cpuMicros: user + system, requests }));
    return;
  }
  requests += 1;
  const upstream = upstreams[next]!;
  next = (next + 1) % upstreams.length;
  const proxied = forward(
    { agent, host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  proxied.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502);
    outgoing.end();
  });
  incoming.pipe(proxied);
});
server.keepAliveTimeout = 60_000;

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
