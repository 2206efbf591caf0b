/**
 * Generated coverage: every office route is called as every role (from the policies the routes
 * registered), and every route with an id in its path is called with another company's ids
 * (from the OpenAPI document). A new route is covered the moment it is registered.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRoleAtLeast, staffRoles, type StaffRole } from '../../shared/roles.ts';
import { demoPassword, seedDemo } from '../demo/seed.ts';
import { newId } from '../lib/ids.ts';
import { asTenantId } from '../platform/tenants/tenant-id.ts';
import { createPortalUser, createStaff } from '../test/factories.ts';
import { listenOnLoopback, openEventStream } from '../test/event-stream.ts';
import { inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Answer = { statusCode: number; body: string; json: () => { error: { message: string } } };
type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; enum?: unknown[]; const?: unknown; format?: string; minimum?: number; minLength?: number; maxLength?: number; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; items?: JsonSchema; minItems?: number; default?: unknown; pattern?: string };

const signedInRoles = staffRoles.filter((role) => role !== 'no_access');
const policyRefusal = 'Your role does not allow this.';

/** Which table an id in a path names, by the word before it. A new kind of id must be added here. */
const idKinds: Record<string, string> = {
  customers: 'customers',
  locations: 'locations',
  requests: 'service_requests',
  'supply-products': 'supply_products',
  'supply-orders': 'supply_orders',
  services: 'services',
  'request-categories': 'request_categories',
  staff: 'staff_users',
  assignments: 'staff_users',
  'portal-users': 'portal_users',
  attachments: 'attachments',
  outbox: 'outbox_emails',
  'account-services': 'account_services',
  visits: 'visits',
  'cleaning-plan-areas': 'cleaning_plan_areas',
  'cleaning-plan-tasks': 'cleaning_plan_tasks',
  upgrades: 'upgrades',
  'visit-upgrades': 'visit_upgrades',
  inspections: 'inspections',
  timesheets: 'timesheets',
  cards: 'cards',
  quotes: 'quotes',
  'tax-rates': 'tax_rates',
  invoices: 'invoices',
  payments: 'payment_attempts',
  'journal-entries': 'journal_entries',
  keys: 'customer_keys',
  contacts: 'customer_contacts',
  'custom-fields': 'custom_fields',
  'location-files': 'location_files',
  files: 'location_files',
  resources: 'customer_resources',
  // Chat: a message (only the office removes one), and a photo, which is an attachment.
  messages: 'chat_messages',
  photos: 'attachments',
};

// Device-made ids in a path, by the word before them: the sweep gives that table's client id of one of the company's rows.
const clientIdKinds: Record<string, 'inspections'> = { 'by-client': 'inspections' };

// Fields whose rules a JSON schema cannot express (refinements), by name.
const namedSamples: Record<string, unknown> = { email: 'someone@example.test', timeZone: 'America/New_York', mobilePhone: '+15555550123', phone: '+15555550123', time: '09:00', startDate: '2026-03-02', startTime: '09:00', name: 'Sample name', url: 'https://example.test/', text: 'Sample text' };

/** A smallest valid value for a JSON schema, so the route's own rules run rather than validation. */
function sample(schema: JsonSchema | undefined, name = ''): unknown {
  if (!schema) return undefined;
  if (name in namedSamples && schema.type !== 'object') return namedSamples[name];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((option) => option.type !== 'null') ?? options[0], name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      // Optional fields with a named sample are sent too: a refinement may need one of them (a service's name).
      return Object.fromEntries(
        Object.keys(schema.properties ?? {})
          .filter((key) => schema.required?.includes(key) || key in namedSamples)
          .map((key) => [key, sample(schema.properties?.[key], key)]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      if (schema.format === 'email') return 'someone@example.test';
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2026-12-01';
      if (schema.format === 'date-time') return '2026-12-01T09:00:00.000Z';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

describe.each(testDialects())('routes and their policies on %s', (kind) => {
  let porter: TestPorter;
  let document: { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; responses?: Record<string, { content?: Record<string, unknown> }> }>> };
  let base: string;
  const staffCookies = new Map<StaffRole, string>();
  let strangerOwner: string;
  let strangerPortal: string;
  const otherCompanyIds = new Map<string, string>();

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    const db = porter.ctx.db;
    await seedDemo(db, porter.ctx.config, porter.ctx.files);
    const demo = await db.selectFrom('tenants').select(['id']).where('slug', '=', 'demo').executeTakeFirstOrThrow();
    const northwind = await db.selectFrom('tenants').select(['id']).where('slug', '=', 'northwind').executeTakeFirstOrThrow();
    for (const role of signedInRoles) staffCookies.set(role, await signInStaff(porter, role === 'owner' ? (await ownerEmail(demo.id)) : (await createStaff(db, asTenantId(demo.id), role)).email, role === 'owner' ? demoPassword : undefined));

    // The stranger is Northwind, office and portal; every id below belongs to the demo company.
    strangerOwner = await signInStaff(porter, 'owner@northwind.test', demoPassword);
    await db.updateTable('tenants').set({ portal_enabled: true }).where('id', '=', northwind.id).execute();
    const nwLocation = await db.selectFrom('locations').select(['id', 'customer_id']).where('tenant_id', '=', northwind.id).executeTakeFirstOrThrow();
    await inspect(db).updateTable('locations').set({ portal_enabled: true }).where('id', '=', nwLocation.id).execute();
    const nwPortalUser = await createPortalUser(db, asTenantId(northwind.id), nwLocation.customer_id, [nwLocation.id]);
    strangerPortal = await signInPortal(porter, 'northwind', nwPortalUser.email);

    const demoLocation = await db.selectFrom('locations').select(['id', 'customer_id']).where('tenant_id', '=', demo.id).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db.insertInto('supply_orders').values({ id: newId(), tenant_id: demo.id, reference: 'SO-2026-9999', customer_id: demoLocation.customer_id, location_id: demoLocation.id, portal_user_id: null, status: 'submitted', note: null, note_to_customer: null, created_at: now, updated_at: now }).execute();
    const demoStaff = await db.selectFrom('staff_users').select(['id']).where('tenant_id', '=', demo.id).executeTakeFirstOrThrow();
    await db.insertInto('attachments').values({ id: newId(), tenant_id: demo.id, location_id: demoLocation.id, owner_type: null, owner_id: null, uploaded_by_kind: 'staff', uploaded_by_id: demoStaff.id, file_name: 'mop.jpg', content_type: 'image/jpeg', size_bytes: 10, storage_key: 'nowhere', thumbnail_key: null, created_at: now }).execute();
    await db.insertInto('outbox_emails').values({ id: newId(), tenant_id: demo.id, to_address: 'a@example.test', subject: 'Hello', text_body: 'Hello', status: 'held', attempts: 0, next_attempt_at: now, locked_until: null, last_error: null, created_at: now, sent_at: null }).execute();
    // A service with a visit and an upgrade on it, for the schedule's and the upgrades' routes.
    const [serviceId, visitId, upgradeId] = [newId(), newId(), newId()];
    const place = { tenant_id: demo.id, customer_id: demoLocation.customer_id, location_id: demoLocation.id };
    await db.insertInto('account_services').values({ ...place, id: serviceId, service_id: null, name: 'Weekly clean', rrule: null, start_date: '2026-12-07', start_time: '09:00', duration_minutes: 120, price: 12000, status: 'scheduled', created_at: now, updated_at: now }).execute();
    await db.insertInto('visits').values({ ...place, id: visitId, account_service_id: serviceId, original_date: '2026-12-07', name: 'Weekly clean', starts_at: '2099-12-07T17:00:00.000Z', duration_minutes: 120, status: 'scheduled', price: 12000, created_at: now, updated_at: now }).execute();
    await db.insertInto('upgrades').values({ id: upgradeId, tenant_id: demo.id, name: 'Isolation check upgrade', price: 3500, extra_minutes: 30, created_at: now }).execute();
    await db.insertInto('visit_upgrades').values({ id: newId(), tenant_id: demo.id, visit_id: visitId, upgrade_id: upgradeId, name: 'Isolation check upgrade', price: 3500, extra_minutes: 30, status: 'pending', request_id: null, created_at: now }).execute();
    // A card on file, for the portal's card routes.
    await db.insertInto('cards').values({ id: newId(), tenant_id: demo.id, customer_id: demoLocation.customer_id, gateway: 'test', token: `tpm_${newId()}`, brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, is_default: true, added_by_portal_user_id: null, created_at: now, removed_at: null }).execute();
    // A sent quote, for the quotes' routes; the stranger is a billing contact of their own customer, so billing routes answer them.
    await db.insertInto('quotes').values({ ...place, id: newId(), number: 'Q-2026-9999', status: 'sent', title: 'Isolation check quote', terms: 'Terms', valid_until: '2099-12-31', currency: 'USD', created_at: now, updated_at: now }).execute();
    await inspect(db).updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', nwPortalUser.id).execute();
    // A tax rate and a sent invoice, for the billing routes.
    await db.insertInto('tax_rates').values({ id: newId(), tenant_id: demo.id, name: 'Isolation tax', rate: 2000, active: true, created_at: now }).execute();
    await db
      .insertInto('invoices')
      .values({ id: newId(), tenant_id: demo.id, customer_id: demoLocation.customer_id, kind: 'invoice', number: 'INV-2026-9999', status: 'sent', corrects_invoice_id: null, issue_date: '2026-12-07', due_date: '2026-12-21', period_start: null, period_end: null, currency: 'USD', total: 1000, notes: null, sent_at: now, voided_at: null, void_reason: null, created_by_staff_id: null, created_at: now, updated_at: now })
      .execute();
    for (const table of new Set(Object.values(idKinds))) {
      const row = await db.selectFrom(table as 'customers').select(['id']).where('tenant_id', '=', demo.id).executeTakeFirst();
      if (row) otherCompanyIds.set(table, row.id);
    }
    for (const [word, table] of Object.entries(clientIdKinds)) {
      const row = await db.selectFrom(table).select(['id']).where('tenant_id', '=', demo.id).executeTakeFirstOrThrow();
      const clientId = `sweep-${newId()}`;
      await db.updateTable(table).set({ client_id: clientId }).where('tenant_id', '=', demo.id).where('id', '=', row.id).execute();
      otherCompanyIds.set(word, clientId);
    }
    document = (await porter.app.inject({ url: '/api/openapi.json' })).json();
    // An event stream never ends, so inject would wait forever: streams are opened over loopback instead.
    base = await listenOnLoopback(porter);
  });
  afterAll(() => porter.close());

  async function ownerEmail(tenantId: string): Promise<string> {
    const owner = await porter.ctx.db.selectFrom('staff_users').select(['email']).where('tenant_id', '=', tenantId).where('role', '=', 'owner').executeTakeFirstOrThrow();
    return owner.email;
  }

  const isStream = (url: string) => Object.entries(document.paths).some(([path, operations]) =>
    operations.get?.responses?.['200']?.content?.['text/event-stream'] && new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`).test(url));

  async function call(method: string, url: string, cookie: string | undefined, body: unknown): Promise<Answer> {
    if (method === 'GET' && isStream(url)) {
      const stream = await openEventStream(base, url, cookie);
      stream.close();
      return { statusCode: stream.status, body: stream.body, json: () => JSON.parse(stream.body) };
    }
    const headers: Record<string, string> = cookie ? { cookie } : {};
    if (body === undefined) return porter.app.inject({ method: method as Method, url, headers });
    return porter.app.inject({ method: method as Method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  }

  function bodyFor(path: string, method: string): unknown {
    const operation = document.paths[path]?.[method.toLowerCase()];
    const schema = operation?.requestBody?.content?.['application/json']?.schema;
    if (schema) return sample(schema);
    return method === 'GET' || method === 'DELETE' ? undefined : {};
  }

  const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

  it('every office route in the API names a policy', () => {
    const office = Object.entries(document.paths).flatMap(([path, operations]) =>
      path.startsWith('/api/office/') ? Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`) : [],
    );
    const declared = new Set(porter.routePolicies.map((route) => `${route.method} ${openApiPath(route.url)}`));
    expect(office.length).toBeGreaterThan(40);
    expect(office.filter((route) => !declared.has(route))).toEqual([]);
  });

  it('answers each role as the route’s policy says: 403 below the minimum, never 403 at or above it, 401 without a session', async () => {
    const wrong: string[] = [];
    for (const route of porter.routePolicies) {
      const url = route.url.replace(/:\w+/g, () => randomUUID());
      const body = bodyFor(openApiPath(route.url), route.method);
      const anonymous = await call(route.method, url, undefined, body);
      if (anonymous.statusCode !== 401) wrong.push(`${route.method} ${route.url} without a session: ${anonymous.statusCode}`);
      for (const role of signedInRoles) {
        const response = await call(route.method, url, staffCookies.get(role), body);
        const allowed = hasRoleAtLeast(role, route.minimum);
        // A role the policy admits may still meet a rule of the route's own (an admin adding an
        // owner); only the policy's refusal, with its own words, counts here.
        const refused = response.statusCode === 401 || (response.statusCode === 403 && response.json().error.message === policyRefusal);
        if (allowed === refused) wrong.push(`${route.method} ${route.url} as ${role} (minimum ${route.minimum}): ${response.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 404 to every route given another company’s id, office and portal alike', async () => {
    const leaks: string[] = [];
    const uncovered: string[] = [];
    let swept = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).filter((name) => name !== 'slug');
      if (names.length === 0) continue;
      const portal = path.startsWith('/api/portal/');
      if (!portal && !path.startsWith('/api/office/')) continue;
      let url = path.replace('{slug}', 'northwind');
      let resolved = true;
      for (const name of names) {
        // The word before the id's segment, which may end in a suffix: {invoiceId}.pdf.
        const segments = path.split('/');
        const word = segments[segments.findIndex((segment) => segment.startsWith(`{${name}}`)) - 1]!;
        const table = idKinds[word];
        const id = word in clientIdKinds ? otherCompanyIds.get(word) : table ? otherCompanyIds.get(table) : undefined;
        if (!id) {
          uncovered.push(`${path} {${name}} after "${word}"`);
          resolved = false;
          break;
        }
        url = url.replace(`{${name}}`, id);
      }
      if (!resolved) continue;
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        const response = await call(method, url, portal ? strangerPortal : strangerOwner, bodyFor(path, method));
        swept += 1;
        if (response.statusCode !== 404) leaks.push(`${method} ${path}: ${response.statusCode} ${response.body.slice(0, 120)}`);
      }
    }
    expect(uncovered).toEqual([]);
    expect(leaks).toEqual([]);
    expect(swept).toBeGreaterThan(40);
  });
});
