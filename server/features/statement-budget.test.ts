/**
 * Every GET route the web app calls — office, portal and field — on the demo company's data:
 * each call takes at most ten SQL statements, so no page grows a query per row (N+1). The routes
 * come from the OpenAPI document, so a new route is counted the moment it is registered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, seedDemo } from '../demo/seed.ts';
import { newId } from '../lib/ids.ts';
import type { Executor } from '../db/database.ts';
import { inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';

type JsonSchema = { type?: string | string[]; enum?: unknown[]; format?: string; minimum?: number; default?: unknown };
type Operation = { parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[]; responses?: Record<string, { content?: Record<string, unknown> }> };
type Who = 'office' | 'portal' | 'field';

/** The most SQL statements one API call of a page may take, whatever the company's size. */
const statementBudget = 10;

/** GET routes no page of the web app calls, and why. */
const notCalledByTheApp: Record<string, string> = {
  '/api/test-gateway/payments/{id}': 'the test gateway’s own browser page, not Porter’s',
  '/api/calendar/staff/{slug}/{file}': 'read by calendar apps through a secret link',
  '/api/calendar/portal/{slug}/{file}': 'read by calendar apps through a secret link',
  '/api/openapi.json': 'the API document',
};

/**
 * GET routes the demo company has nothing for: still counted (their lookups are the statements a
 * real call starts with), and answered as said here. A route that starts answering 200 leaves this list.
 */
const nothingInTheDemo: Record<string, string> = {
  '/api/portal/{slug}/logo': 'the demo company has no logo',
  '/api/auth/profile/photo': 'the demo owner has no photo',
  '/api/office/staff/{id}/photo': 'no demo staff member has a photo',
  '/api/portal/{slug}/locations/{locationId}/inspection-form': 'the demo company takes no inspections from customers',
  '/api/portal/{slug}/locations/{locationId}/whos-working': 'Who’s working is off at the demo clinic',
  '/api/portal/{slug}/locations/{locationId}/staff/{staffId}/photo': 'Who’s working is off at the demo clinic',
  '/api/portal/{slug}/chat/photos/{photoId}': 'the demo seeds no uploads',
  '/api/office/chat/photos/{photoId}': 'the demo seeds no uploads',
  '/api/portal/{slug}/attachments/{id}': 'the demo seeds no uploads',
  '/api/office/attachments/{id}': 'the demo seeds no uploads',
  '/api/field/visits/{id}/photos/{fileId}': 'the demo seeds no uploads',
  '/api/portal/{slug}/locations/{locationId}/billing/payments/{paymentId}': 'the demo clinic paid by card through no portal payment',
};

describe.each(testDialects())('SQL statements behind every page’s API calls on %s', (kind) => {
  let statements = 0;
  let porter: TestPorter;
  let document: { paths: Record<string, Record<string, Operation>> };
  const cookies: Record<Who, string> = { office: '', portal: '', field: '' };
  const ids = new Map<string, string>();
  // What stands for a row the demo does not have (see nothingInTheDemo).
  const missingId = newId();

  beforeAll(async () => {
    // Any arguments: the hook may also be handed the statement's text.
    porter = await startTestPorter(kind, {}, { housekeeping: false, onQuery: (..._statement: unknown[]) => void (statements += 1) });
    const db = porter.ctx.db;
    await seedDemo(db, porter.ctx.config, porter.ctx.files);
    cookies.office = await signInStaff(porter, 'owner@demo.test', demoPassword);
    cookies.portal = await signInPortal(porter, 'demo', 'customer@demo.test', demoPassword);
    cookies.field = await signInStaff(porter, 'tech@demo.test', demoPassword);
    await pickIds(inspect(db));
    document = (await porter.app.inject({ url: '/api/openapi.json' })).json();
  }, 300_000);
  afterAll(() => porter.close());

  /** Rows with the most to show: the portal user's clinic, its customer, their newest records. */
  async function pickIds(db: Executor): Promise<void> {
    const tenant = await db.selectFrom('tenants').select(['id']).where('slug', '=', 'demo').executeTakeFirstOrThrow();
    const clinic = await db.selectFrom('locations').select(['id', 'customer_id']).where('tenant_id', '=', tenant.id).where('name', '=', 'Main Clinic').executeTakeFirstOrThrow();
    const tess = await db.selectFrom('staff_users').select(['id']).where('tenant_id', '=', tenant.id).where('email', '=', 'tech@demo.test').executeTakeFirstOrThrow();
    const newest = async (table: string, where: Record<string, string>, order = 'id'): Promise<string | undefined> => {
      let query = db.selectFrom(table as 'customers').select(['id']).where('tenant_id', '=', tenant.id);
      for (const [column, value] of Object.entries(where)) query = query.where(column as 'id', '=', value);
      return (await query.orderBy(order as 'id', 'desc').limit(1).executeTakeFirst())?.id;
    };
    const atClinic = { location_id: clinic.id };
    const ofCustomer = { customer_id: clinic.customer_id };
    const doneVisit = await db.selectFrom('visits').select(['id']).where('tenant_id', '=', tenant.id).where('location_id', '=', clinic.id).where('status', '=', 'completed').orderBy('starts_at', 'desc').limit(1).executeTakeFirstOrThrow();
    const tessVisit = await db.selectFrom('visits').innerJoin('visit_team', 'visit_team.visit_id', 'visits.id').select(['visits.id']).where('visits.tenant_id', '=', tenant.id).where('visit_team.staff_user_id', '=', tess.id).where('visits.status', '=', 'completed').orderBy('visits.starts_at', 'desc').limit(1).executeTakeFirstOrThrow();
    const upcoming = await db.selectFrom('visits').select(['id']).where('tenant_id', '=', tenant.id).where('location_id', '=', clinic.id).where('status', '=', 'scheduled').where('starts_at', '>', new Date(Date.now() + 3 * 86_400_000).toISOString()).orderBy('starts_at').limit(1).executeTakeFirstOrThrow();
    const found: Record<string, string | undefined> = {
      customerId: clinic.customer_id,
      'upcoming-visits': upcoming.id,
      customers: clinic.customer_id,
      locations: clinic.id,
      requests: await newest('service_requests', atClinic),
      visits: doneVisit.id,
      'field-visits': tessVisit.id,
      contacts: await newest('customer_contacts', ofCustomer),
      staff: tess.id,
      keys: await newest('customer_keys', atClinic),
      inspections: await newest('inspections', atClinic),
      invoices: await newest('invoices', { ...ofCustomer, status: 'paid' }),
      payments: await newest('payment_attempts', ofCustomer),
      quotes: await newest('quotes', ofCustomer),
      files: await newest('location_files', { ...atClinic, shared: true as unknown as string }),
      'location-files': await newest('location_files', atClinic),
      resources: await newest('customer_resources', { ...ofCustomer, kind: 'file', shared: true as unknown as string }),
    };
    for (const [word, id] of Object.entries(found)) if (id) ids.set(word, id);
  }

  /** The URL a page would call: the path's ids from the demo data, its required query from the schema. */
  function urlOf(path: string, operation: Operation, who: Who): string {
    const segments = path.split('/');
    let url = path.replace('{slug}', 'demo');
    for (const match of path.matchAll(/\{(\w+)\}/g)) {
      const name = match[1]!;
      if (name === 'slug') continue;
      const word = segments[segments.findIndex((segment) => segment.startsWith(`{${name}}`)) - 1]!;
      const id = ids.get(who === 'field' && word === 'visits' ? 'field-visits' : path.endsWith('/upgrades') && word === 'visits' ? 'upcoming-visits' : word);
      url = url.replace(`{${name}}`, id ?? missingId);
    }
    // The feedback trend needs a customer or a location, which its schema cannot say.
    const needed = (name: string, required = false) => required || (path === '/api/office/feedback/trend' && name === 'customerId');
    const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query' && needed(parameter.name, parameter.required)).map((parameter) => `${parameter.name}=${encodeURIComponent(String(ids.get(parameter.name) ?? sampleOf(parameter.name, parameter.schema)))}`);
    return query.length ? `${url}?${query.join('&')}` : url;
  }

  it(`answers every page’s GET call in at most ${statementBudget} SQL statements`, async () => {
    const over: string[] = [];
    const unanswered: string[] = [];
    const answeredAsExpected: string[] = [];
    let counted = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const operation = operations.get;
      if (!operation || path in notCalledByTheApp) continue;
      if (operation.responses?.['200']?.content?.['text/event-stream']) continue; // A stream never ends; its opening is the session's lookup.
      const who: Who = path.startsWith('/api/portal/') ? 'portal' : path.startsWith('/api/field/') ? 'field' : 'office';
      const url = urlOf(path, operation, who);
      const before = statements;
      const response = await porter.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });
      const taken = statements - before;
      counted += 1;
      if (response.statusCode === 200) answeredAsExpected.push(path);
      else if (!(path in nothingInTheDemo && [403, 404].includes(response.statusCode))) unanswered.push(`${path}: ${response.statusCode} ${response.body.slice(0, 100)}`);
      if (taken > statementBudget) over.push(`${path}: ${taken} statements`);
    }
    expect(unanswered).toEqual([]);
    expect(answeredAsExpected.filter((path) => path in nothingInTheDemo)).toEqual([]);
    expect(over).toEqual([]);
    expect(counted).toBeGreaterThan(130);
  });
});

/** A valid value for a required query parameter. */
function sampleOf(name: string, schema: JsonSchema | undefined): unknown {
  if (schema?.default !== undefined) return schema.default;
  if (schema?.enum) return schema.enum[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();
  if (name === 'from' || name === 'to') return schema?.format === 'date' ? day(name === 'from' ? -7 : 7).slice(0, 10) : day(name === 'from' ? -7 : 7);
  if (schema?.type === 'integer' || schema?.type === 'number') return schema.minimum ?? 1;
  return 'x';
}
