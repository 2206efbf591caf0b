import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Porter } from './app.ts';
import { loadConfig } from './config/config.ts';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from './db/database.ts';
import { createCustomer, createPortalUser, createTenant } from './test/factories.ts';
import { listenOnLoopback, openEventStream } from './test/event-stream.ts';
import { callApi, freshDatabase, signInPortal, signInStaff, testDialects } from './test/harness.ts';
import { startS3Server } from './test/s3-server.ts';

const sharedSecret = 'one-secret-for-every-instance-of-porter';

function multipart(filename: string, data: Buffer) {
  const boundary = '----porter-instances-test';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

// A second connection to the very database the first instance uses: the same PostgreSQL schema, or the same SQLite file.
function secondHandle(kind: DatabaseKind, first: DatabaseHandle & { dataDir: string }): DatabaseHandle {
  return kind === 'postgres'
    ? openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: first.dataDir, schema: first.schema })
    : openDatabase({ databaseUrl: undefined, dataDir: first.dataDir });
}

describe.each(testDialects())('two instances on one %s database', (kind) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let otherHandle: DatabaseHandle;
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  const folders: string[] = [];
  const porters: Porter[] = [];
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'porter-instance-'));
    folders.push(dir);
    return dir;
  };

  /** Two instances, each with its own data folder, sharing the database, the session secret and the file store. */
  async function twoInstances(fileStoreEnv: Record<string, string>): Promise<[Porter, Porter]> {
    const start = async (handle: DatabaseHandle) => {
      const env = { DATA_DIR: folder(), SESSION_SECRET: sharedSecret, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://porter.test', ...fileStoreEnv };
      const config = loadConfig(kind === 'postgres' ? { ...env, DATABASE_URL: process.env.TEST_DATABASE_URL } : env);
      const porter = await buildApp(config, { database: handle, setupCode: 'TEST-CODE-0000' });
      porters.push(porter);
      return porter;
    };
    return [await start(database), await start(otherHandle)];
  }

  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let portalUser: Awaited<ReturnType<typeof createPortalUser>>;
  let locationId: string;
  let customer: Awaited<ReturnType<typeof createCustomer>>;
  let photo: Buffer;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    otherHandle = secondHandle(kind, database);
    s3 = await startS3Server('porter-shared');
    tenant = await createTenant(database.db);
    customer = await createCustomer(database.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
    locationId = customer.locationIds[0]!;
    portalUser = await createPortalUser(database.db, tenant.tenantId, customer.id, customer.locationIds);
    photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2a6' } }).png().toBuffer();
  });
  afterAll(async () => {
    for (const porter of porters) await porter.app.close();
    await otherHandle.close();
    await database.close();
    await s3.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  async function uploadOnOneServeOnTheOther([first, second]: [Porter, Porter]) {
    const cookie = await signInPortal(first, tenant.slug, portalUser.email);
    const { payload, contentType } = multipart('site.png', photo);
    const uploaded = await first.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/locations/${locationId}/attachments`, headers: { cookie, 'content-type': contentType }, payload });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { url, thumbnailUrl } = uploaded.json();
    const onFirst = await first.app.inject({ url, headers: { cookie } });
    const onSecond = await second.app.inject({ url, headers: { cookie } });
    expect(onSecond.statusCode).toBe(200);
    expect(onSecond.rawPayload.equals(onFirst.rawPayload)).toBe(true);
    expect((await second.app.inject({ url: thumbnailUrl, headers: { cookie } })).statusCode).toBe(200);
  }

  it('serves a file uploaded through one instance from the other, through a shared FILES_DIR', async () => {
    await uploadOnOneServeOnTheOther(await twoInstances({ FILES_DIR: folder() }));
  });

  it('serves a file uploaded through one instance from the other, through an S3 bucket', async () => {
    const before = s3.objects.size;
    await uploadOnOneServeOnTheOther(
      await twoInstances({ S3_BUCKET: 'porter-shared', S3_ENDPOINT: s3.endpoint, S3_REGION: 'eu-test-1', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'test-secret' }),
    );
    // The photo and its thumbnail went to the bucket, not to either data folder.
    expect(s3.objects.size).toBe(before + 2);
  });

  it('accepts a session made on one instance on the other, for staff and portal users', async () => {
    const [first, second] = await twoInstances({ FILES_DIR: folder() });
    const portalCookie = await signInPortal(first, tenant.slug, portalUser.email);
    const me = await callApi(second, portalCookie, 'GET', `/api/portal/${tenant.slug}/me`);
    expect(me.statusCode, me.body).toBe(200);
    const staffCookie = await signInStaff(second, tenant.ownerEmail);
    expect((await callApi(first, staffCookie, 'GET', '/api/office/customers')).statusCode).toBe(200);
  });

  // Several instances need PostgreSQL: on SQLite events stay in the one process, so there is nothing to test there.
  if (kind === 'postgres') it('brings a change made through one instance to a page’s live stream on the other', async () => {
    const [first, second] = await twoInstances({ FILES_DIR: folder() });
    const stream = await openEventStream(await listenOnLoopback(second), `/api/portal/${tenant.slug}/events`, await signInPortal(second, tenant.slug, portalUser.email));
    try {
      await stream.next('ready');
      const owner = await signInStaff(first, tenant.ownerEmail);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const planned = await callApi(first, owner, 'POST', '/api/office/visits', { customerId: customer.id, locationId, name: 'Deep clean', date: tomorrow, time: '09:00', durationMinutes: 60, price: 10000 });
      expect(planned.statusCode, planned.body).toBe(201);
      const visitId = planned.json().visit.id as string;
      expect(JSON.parse((await stream.next('change')).data)).toEqual({ topic: 'visits', locationId, id: visitId });
      expect((await callApi(first, owner, 'POST', `/api/office/visits/${visitId}/move`, { date: tomorrow, time: '13:00' })).statusCode).toBe(200);
      expect(JSON.parse((await stream.next('change')).data)).toEqual({ topic: 'visits', locationId, id: visitId });
    } finally {
      stream.close();
    }
  });
});
