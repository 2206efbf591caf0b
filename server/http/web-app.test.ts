import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../scripts/precompress.ts';
import { registerWebApp } from './web-app.ts';

const app = Fastify();
const script = `console.log(${JSON.stringify('porter '.repeat(400))});`;

beforeAll(async () => {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'porter-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Porter</title>');
  writeFileSync(path.join(webRoot, 'assets', 'app-1a2b3c.js'), script);
  writeFileSync(path.join(webRoot, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  precompressDirectory(webRoot);
  await registerWebApp(app, webRoot);
});
afterAll(() => app.close());

describe('the built web app', () => {
  it('sends hashed assets Brotli-compressed with a year-long immutable cache', async () => {
    const response = await app.inject({ url: '/assets/app-1a2b3c.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.rawPayload.length).toBeLessThan(script.length / 4);
  });

  it('falls back to gzip, and to the plain file for a client that accepts neither', async () => {
    const gzip = await app.inject({ url: '/assets/app-1a2b3c.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/assets/app-1a2b3c.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('answers every page path with index.html that is never cached', async () => {
    for (const url of ['/', '/customers/42', '/portal/demo/requests']) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<title>Porter</title>');
    }
  });

  it('serves robots.txt as the real file, and never the compressed copies by name', async () => {
    const robots = await app.inject({ url: '/robots.txt' });
    expect(robots.headers['content-type']).toMatch(/text\/plain/);
    expect(robots.body).toBe('User-agent: *\nDisallow: /\n');
    const copy = await app.inject({ url: '/assets/app-1a2b3c.js.br' });
    expect(copy.body).toContain('<title>Porter</title>');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await app.inject({ url: '/api/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
