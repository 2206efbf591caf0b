import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { Porter } from '../app.ts';

export type StreamMessage = { event: string; data: string };

export type TestEventStream = {
  status: number;
  headers: IncomingMessage['headers'];
  /** The body of a refusal (a JSON error); empty for a stream. */
  body: string;
  /** The next message named `event` (skipping others), or a failure after `timeoutMs`. */
  next: (event: string, timeoutMs?: number) => Promise<StreamMessage>;
  /** Every message received so far, and comments as `{ event: 'comment' }`. */
  received: StreamMessage[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close: () => void;
};

/** Starts the app on a free loopback port (inject cannot stream) and answers its address. */
export async function listenOnLoopback(porter: Porter): Promise<string> {
  return porter.app.listen({ port: 0, host: '127.0.0.1' });
}

/** Opens a Server-Sent Events stream over real HTTP and reads its messages as they come. */
export function openEventStream(baseUrl: string, path: string, cookie?: string): Promise<TestEventStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseUrl), { headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) } }, (res) => {
      res.setEncoding('utf8');
      const received: StreamMessage[] = [];
      const waiters: Array<{ event: string; resolve: (message: StreamMessage) => void; seen: number }> = [];
      let buffer = '';
      let body = '';
      const ended = new Promise<void>((done) => res.on('close', () => done()));
      const deliver = () => {
        for (const waiter of [...waiters]) {
          const index = received.findIndex((message, i) => i >= waiter.seen && message.event === waiter.event);
          if (index < 0) continue;
          waiter.seen = index + 1;
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(received[index]!);
        }
      };
      let consumed = 0;
      res.on('data', (chunk: string) => {
        if (res.statusCode !== 200) {
          body += chunk;
          return;
        }
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          received.push(parseBlock(block));
        }
        deliver();
      });
      const stream: TestEventStream = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        get body() {
          return body;
        },
        received,
        ended,
        next: (event, timeoutMs = 20_000) =>
          new Promise((found, fail) => {
            const timer = setTimeout(() => fail(new Error(`no "${event}" within ${timeoutMs} ms; received ${JSON.stringify(received)}`)), timeoutMs);
            waiters.push({ event, seen: consumed, resolve: (message) => {
              clearTimeout(timer);
              consumed = received.indexOf(message) + 1;
              found(message);
            } });
            deliver();
          }),
        close: () => req.destroy(),
      };
      if (res.statusCode === 200) resolve(stream);
      else res.on('end', () => resolve(stream));
    });
    req.on('error', reject);
    req.end();
  });
}

function parseBlock(block: string): StreamMessage {
  const lines = block.split('\n').filter((line) => !line.startsWith('retry:'));
  if (lines.every((line) => line.startsWith(':'))) return { event: 'comment', data: lines.join('\n') };
  const event = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message';
  const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
  return { event, data };
}
