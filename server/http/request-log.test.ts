import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { redactLinkTokens, serializeRequestForLog } from './request-log.ts';

describe('request log', () => {
  it('redacts link tokens wherever they sit in the query, and leaves other addresses alone', () => {
    expect(redactLinkTokens('/accept-invitation?token=abc-DEF_123')).toBe('/accept-invitation?token=[redacted]');
    expect(redactLinkTokens('/portal/gleam/reset-password?x=1&token=abc&y=2')).toBe('/portal/gleam/reset-password?x=1&token=[redacted]&y=2');
    expect(redactLinkTokens('/api/office/staff?page=2')).toBe('/api/office/staff?page=2');
  });

  it('a logged request to an invitation page does not contain its token', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => { lines.push(String(chunk)); done(); } });
    const app = Fastify({ logger: { level: 'info', stream, serializers: { req: serializeRequestForLog } } });
    app.get('/accept-invitation', async () => 'page');
    await app.inject({ url: '/accept-invitation?token=very-secret-invitation-token' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/accept-invitation?token=[redacted]');
    expect(log).not.toContain('very-secret-invitation-token');
  });
});
