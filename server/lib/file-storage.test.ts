import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../test/s3-server.ts';
import { localFileStorage } from './file-storage.ts';
import { s3FileStorage } from './s3-file-storage.ts';

describe('S3 file storage, against a loopback S3 speaking path-style', () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let storage: ReturnType<typeof s3FileStorage>;

  beforeAll(async () => {
    s3 = await startS3Server('porter-files');
    storage = s3FileStorage({
      kind: 's3',
      bucket: 'porter-files',
      region: 'eu-test-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIDPORTERTEST', secretAccessKey: 'not-a-real-secret' },
    });
  });
  afterAll(() => s3.close());

  it('puts an object at /bucket/key, signed with the configured key and region, body byte for byte', async () => {
    const data = Buffer.from([0, 1, 2, 255, 0x0d, 0x0a, ...Buffer.from('photo')]);
    await storage.put('attachments/tenant-1/0193-file', data);
    const put = s3.requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.path).toBe('/porter-files/attachments/tenant-1/0193-file');
    expect(put.body.equals(data)).toBe(true);
    expect(put.headers['content-length']).toBe(String(data.length));
    expect(put.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDPORTERTEST\/\d{8}\/eu-test-1\/s3\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/);
    expect(put.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    // The newer checksum headers are left off: many S3-compatible stores refuse them.
    expect(Object.keys(put.headers).filter((h) => h.startsWith('x-amz-checksum'))).toEqual([]);
    expect(s3.objects.get('attachments/tenant-1/0193-file')?.equals(data)).toBe(true);
  });

  it('gets an object back, and null for a key S3 does not have', async () => {
    await storage.put('logos/t/logo.png', Buffer.from('png bytes'));
    expect((await storage.get('logos/t/logo.png'))?.toString()).toBe('png bytes');
    expect(s3.requests.at(-1)).toMatchObject({ method: 'GET', path: '/porter-files/logos/t/logo.png' });
    expect(await storage.get('logos/t/missing.png')).toBeNull();
  });

  it('removes an object, and removing a missing one is not an error', async () => {
    await storage.put('attachments/t/gone', Buffer.from('x'));
    await storage.remove('attachments/t/gone');
    expect(s3.requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/porter-files/attachments/t/gone' });
    expect(s3.objects.has('attachments/t/gone')).toBe(false);
    await expect(storage.remove('attachments/t/never-there')).resolves.toBeUndefined();
  });

  it('refuses a key that could escape its prefix before sending anything', async () => {
    const before = s3.requests.length;
    await expect(storage.put('../other-bucket/x', Buffer.from('x'))).rejects.toThrow(/unsafe storage key/);
    await expect(storage.get('attachments/../../x')).rejects.toThrow(/unsafe storage key/);
    expect(s3.requests.length).toBe(before);
  });

  it('streams a file from disk with its length, and reads it back as a stream with its size', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'porter-s3-'));
    const source = path.join(dir, 'video');
    const data = Buffer.alloc(300_000, 7);
    writeFileSync(source, data);
    await storage.putFile('location-files/t/video', source, data.length);
    expect(s3.requests.at(-1)?.headers['content-length']).toBe(String(data.length));
    expect(s3.objects.get('location-files/t/video')?.equals(data)).toBe(true);
    const read = await storage.openRead('location-files/t/video');
    expect(read?.size).toBe(data.length);
    expect((await buffer(read!.stream)).equals(data)).toBe(true);
    expect(await storage.openRead('location-files/t/missing')).toBeNull();
    rmSync(dir, { recursive: true, force: true });
  });

  it('surfaces any other S3 error instead of pretending the file is missing', async () => {
    const wrongBucket = s3FileStorage({ kind: 's3', bucket: 'no-such-bucket', region: 'eu-test-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'AKID', secretAccessKey: 'x' } });
    await expect(wrongBucket.get('attachments/t/x')).rejects.toThrow(/bucket does not exist/);
  });
});

describe('folder file storage', () => {
  it('writes aside and renames, so a reader on a shared folder never sees half a file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'porter-files-'));
    const storage = localFileStorage(root);
    await storage.put('attachments/t/a', Buffer.from('first'));
    await storage.put('attachments/t/a', Buffer.from('second'));
    expect((await storage.get('attachments/t/a'))?.toString()).toBe('second');
    expect(readdirSync(path.join(root, 'attachments/t'))).toEqual(['a']);
    expect(await storage.get('attachments/t/missing')).toBeNull();
    rmSync(root, { recursive: true, force: true });
  });

  it('copies a file in by streaming, leaving the source, and reads it back as a stream with its size', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'porter-files-'));
    const storage = localFileStorage(path.join(root, 'files'));
    const source = path.join(root, 'incoming');
    writeFileSync(source, 'video bytes');
    await storage.putFile('location-files/t/v', source, 11);
    expect(readdirSync(root).sort()).toEqual(['files', 'incoming']);
    const read = await storage.openRead('location-files/t/v');
    expect(read?.size).toBe(11);
    expect((await buffer(read!.stream)).toString()).toBe('video bytes');
    expect(await storage.openRead('location-files/t/missing')).toBeNull();
    rmSync(root, { recursive: true, force: true });
  });
});
