import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * Sends a stored file so that a browser can never run it: a content type Porter chose, a
 * sandboxing content policy, an explicit disposition with a sanitised name, and nosniff
 * (set for every response).
 */
export function sendStoredFile(reply: FastifyReply, file: { data: Buffer; contentType: string; fileName: string; inline: boolean }): FastifyReply {
  return withSafeHeaders(reply, file).send(file.data);
}

/** `sendStoredFile` for a file read as a stream (a video is never held whole in memory). */
export function sendStoredStream(reply: FastifyReply, file: { stream: Readable; size: number; contentType: string; fileName: string; inline: boolean }): FastifyReply {
  return withSafeHeaders(reply, file).header('content-length', file.size).send(file.stream);
}

function withSafeHeaders(reply: FastifyReply, file: { contentType: string; fileName: string; inline: boolean }): FastifyReply {
  const disposition = file.inline ? 'inline' : 'attachment';
  return reply
    .type(file.contentType)
    .header('content-disposition', `${disposition}; filename="${file.fileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, max-age=3600');
}
