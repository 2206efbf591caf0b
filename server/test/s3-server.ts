import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type S3Request = { method: string; path: string; headers: IncomingHttpHeaders; body: Buffer };

/**
 * A tiny S3 on loopback: PUT, GET and DELETE of objects with path-style addresses
 * (`/bucket/key`), answering as S3 does, including its NoSuchKey error. Enough for the real
 * AWS SDK to talk to; it records each request so tests can check how they were shaped.
 */
export async function startS3Server(bucket: string) {
  const objects = new Map<string, Buffer>();
  const requests: S3Request[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://s3.test');
      requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers, body });
      const [, bucketName, ...keyParts] = url.pathname.split('/');
      const key = decodeURIComponent(keyParts.join('/'));
      if (bucketName !== bucket || !key) return sendError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
      if (req.method === 'PUT') {
        objects.set(key, body);
        return res.writeHead(200, { etag: `"${body.length}"` }).end();
      }
      if (req.method === 'GET') {
        const object = objects.get(key);
        if (!object) return sendError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        return res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': object.length, etag: `"${object.length}"` }).end(object);
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return res.writeHead(204).end();
      }
      return sendError(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendError(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>test</RequestId></Error>`);
}
