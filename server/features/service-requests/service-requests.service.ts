import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { finishedStatuses, mayHandleRequests } from '../../../shared/features/service-requests/service-requests.contract.ts';
import type {
  createServiceRequestSchema,
  Inbox,
  InboxQuery,
  OfficeRequestDetail,
  officeReplySchema,
  PortalRequestDetail,
  PortalRequestList,
  PortalRequestListQuery,
  RequestMessage,
  ServiceRequestStatus,
  statusChangeSchema,
} from '../../../shared/features/service-requests/service-requests.contract.ts';
import type { RequestOptions } from '../../../shared/features/services/services.contract.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, invalidFields, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { keysetPage, openCursor, readKeysetPage, sealCursor } from '../../lib/page-cursor.ts';
import { isoNow } from '../../lib/time.ts';
import { attachmentsOf, claimAttachments, toAttachment } from '../../platform/attachments/attachments.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { addStaffNotificationFor, addStaffNotifications, notifyLocationStaff, notifyStaffMember, type StaffNotice } from '../../platform/notifications/staff-notifications.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import { nextReference } from '../../platform/references/references.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { allowedTransitions, assertTransition } from './lifecycle.ts';
import * as repo from './service-requests.repository.ts';

type RequestRow = NonNullable<Awaited<ReturnType<typeof repo.findRequest>>>;
type Reply = { body: string; attachmentIds: string[] };

// ——— shapes ———

function core(row: Omit<RequestRow, 'visit_name' | 'visit_starts_at'>) {
  return {
    id: row.id,
    reference: row.reference,
    subject: row.subject,
    text: row.text,
    status: row.status,
    locationId: row.location_id,
    locationName: row.location_name,
    locationTimeZone: row.location_time_zone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
  };
}

/** Messages with their files; the request's own files hang on its first message. */
async function conversation(db: Executor, tenantId: TenantId, requestId: string, includeInternal: boolean, urlBase: string) {
  const messages = await repo.messagesOf(db, tenantId, requestId, includeInternal);
  const files = await attachmentsOf(db, tenantId, 'request_message', messages.map((m) => m.id));
  const shaped: RequestMessage[] = messages.map((m) => ({
    id: m.id,
    authorKind: m.author_kind,
    authorName: m.author_name,
    body: m.body,
    internal: m.internal,
    statusFrom: m.status_from,
    statusTo: m.status_to,
    createdAt: m.created_at,
    attachments: files.filter((f) => f.owner_id === m.id).map((f) => toAttachment(f, urlBase)),
  }));
  const [first, ...rest] = shaped;
  return { attachments: first?.attachments ?? [], messages: first ? rest : [] };
}

/** The visit a request is about, on its location's clock; null when it is about none (or the visit is gone). */
function visitOf(row: RequestRow) {
  if (!row.visit_id || !row.visit_starts_at || !row.visit_name) return null;
  return { id: row.visit_id, name: row.visit_name, startsAt: row.visit_starts_at, timeZone: row.location_time_zone };
}

// ——— customer emails ———

/** What an email tells the customer, in their language: what happened, and the office's words if any. */
type RequestNews = (t: TFunction) => { headline: string; message: string | null };

/** News of a status the request moved to. Being opened is no news to the customer: nothing is emailed for it. */
const statusNews =
  (status: Exclude<ServiceRequestStatus, 'open'>, message: string | null): RequestNews =>
  (t) => ({ headline: t(`request.headlines.${status}`, { ns: 'emails' }), message });

/**
 * Emails the customer who raised the request, in their language, naming when they asked on the
 * location's clock. Status emails go only to those who keep them on (account page); a reply
 * from the office is written to them and is always sent.
 */
async function emailRequester(db: Executor, ctx: AppContext, tenant: Tenant, row: RequestRow, kind: 'status' | 'reply', news: RequestNews): Promise<void> {
  if (!row.portal_user_id) return;
  const requester = await repo.findPortalUser(db, tenant.id as TenantId, row.portal_user_id);
  if (!requester || (kind === 'status' && !requester.request_status_emails)) return;
  const language = addresseeLanguage(requester, tenant);
  const t = translator(language);
  const { headline, message } = news(t);
  const requestedAt = formatDateTime(row.created_at, { locale: language, zone: await repo.locationTimeZone(db, tenant.id as TenantId, row.location_id) });
  const link = `${ctx.config.publicUrl}/portal/${tenant.slug}/requests/${row.id}`;
  await enqueueEmail(
    db,
    {
      tenantId: tenant.id,
      to: requester.email,
      subject: t('request.subject', { ns: 'emails', reference: row.reference, headline }),
      text: [
        t('greeting', { ns: 'emails', name: requester.name }),
        '',
        t('request.about', { ns: 'emails', headline, reference: row.reference, subject: row.subject, location: row.location_name }),
        t('request.requestedAt', { ns: 'emails', time: requestedAt }),
        ...(message ? ['', message] : []),
        '',
        t('request.seeIt', { ns: 'emails', link }),
        '',
        tenant.display_name,
      ].join('\n'),
    },
    ctx.smtpConfigured,
  );
}

// ——— staff notices ———

type MailContext = { publicUrl: string; smtpConfigured: boolean };
const mailContext = (ctx: AppContext): MailContext => ({ publicUrl: ctx.config.publicUrl, smtpConfigured: ctx.smtpConfigured });

/**
 * Tells the office about something on a request: the staff assigned and trained at its location
 * by the style each chose, the assignee by theirs (once), and the unread list of the managers
 * and the assignee. Only roles that may read requests hear anything.
 */
async function tellStaff(db: Executor, ctx: AppContext, tenantId: TenantId, request: { location_id: string; assignee_id: string | null }, notice: StaffNotice): Promise<void> {
  const told = await notifyLocationStaff(db, mailContext(ctx), tenantId, request.location_id, notice);
  if (request.assignee_id && !told.includes(request.assignee_id)) await notifyStaffMember(db, mailContext(ctx), tenantId, request.assignee_id, request.location_id, notice);
  await addStaffNotifications(db, tenantId, notice, [request.assignee_id]);
}

// ——— portal ———

async function portalRequest(ctx: AppContext, actor: PortalActor, id: string): Promise<RequestRow> {
  const row = await repo.findRequest(ctx.db, actor.tenantId, id);
  if (!row) throw notFound('request');
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, row.location_id, 'serviceRequests');
  return row;
}

export async function requestOptions(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string): Promise<RequestOptions> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'serviceRequests');
  const [services, categories] = await Promise.all([repo.requestableServices(ctx.db, actor.tenantId, locationId), repo.activeCategories(ctx.db, actor.tenantId)]);
  return { services, categories, requestsAllowed: tenant.requests_allowed };
}

/**
 * A page of a location's open or finished requests, newest first. Its cursor is signed for that
 * list of that location, so one carried elsewhere is refused, naming the cursor.
 */
export async function portalList(ctx: AppContext, tenant: Tenant, actor: PortalActor, locationId: string, query: PortalRequestListQuery): Promise<PortalRequestList> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId, 'serviceRequests');
  const scope = `portal-requests:${actor.tenantId}:${locationId}:${query.list}`;
  const after = query.cursor ? openCursor(ctx.config.sessionSecret, scope, query.cursor) : null;
  if (query.cursor && !after) throw invalidFields({ cursor: message('validation.pageCursor') });
  const shown = query.list === 'open' ? tenant.show_open_requests : tenant.show_closed_requests;
  if (!shown) return { items: null, nextCursor: null, canSubmit: tenant.requests_allowed };
  const rows = await repo.requestsAtLocation(ctx.db, actor.tenantId, locationId, { finished: query.list === 'closed', after, limit: query.pageSize + 1 });
  const page = keysetPage(rows, query.pageSize, (row) => ({ at: row.created_at, id: row.id }), (position) => sealCursor(ctx.config.sessionSecret, scope, position));
  return { items: page.items.map(core), nextCursor: page.nextCursor, canSubmit: tenant.requests_allowed };
}

export async function portalDetail(ctx: AppContext, tenant: Tenant, actor: PortalActor, id: string): Promise<PortalRequestDetail> {
  const row = await portalRequest(ctx, actor, id);
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, row.location_id, 'serviceRequests');
  const { attachments, messages } = await conversation(ctx.db, actor.tenantId, row.id, false, `/api/portal/${tenant.slug}/attachments`);
  return { ...core(row), showElapsedTime: location.feature_elapsed_time, visit: visitOf(row), attachments, messages, closeReason: row.close_reason };
}

/**
 * Opens a request from the portal. The service must be requestable at the location
 * (active, visible, assigned there) or the category active; files must be the customer's
 * own uploads for that location; a visit it is about must be at that location. Staff who
 * look after the location are told.
 */
export async function createRequest(ctx: AppContext, tenant: Tenant, actor: PortalActor, input: z.output<typeof createServiceRequestSchema>): Promise<PortalRequestDetail> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, input.locationId, 'serviceRequests');
  if (!tenant.requests_allowed) throw new AppError('forbidden', message('requests.noPortalRequests', { company: tenant.display_name }));
  if (input.visitId && !(await repo.visitAtLocation(ctx.db, actor.tenantId, input.visitId, location.id))) throw notFound('visit');
  const subject = await requestSubject(ctx, actor, input);
  const id = await ctx.db.transaction().execute((trx) =>
    insertPortalRequest(trx, ctx, tenant, actor, location, { subject, text: input.text, serviceId: input.serviceId ?? null, categoryId: input.categoryId ?? null, visitId: input.visitId ?? null, attachmentIds: input.attachmentIds }),
  );
  ctx.wakeMailWorker();
  return portalDetail(ctx, tenant, actor, id);
}

/**
 * Opens a request about a visit that Porter words for the customer (asking to move or skip it),
 * in a transaction of its own. The visits feature calls it, handed it by `app.ts`; it is opened
 * whether or not the location takes other requests, since the office must hear of it.
 */
export async function requestAboutVisit(
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  draft: { locationId: string; visitId: string; subject: string; text: string },
): Promise<{ id: string; reference: string }> {
  const location = await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, draft.locationId);
  if (!(await repo.visitAtLocation(ctx.db, actor.tenantId, draft.visitId, location.id))) throw notFound('visit');
  const id = await ctx.db.transaction().execute((trx) => openVisitRequest(trx, ctx, tenant, actor, { location, visitId: draft.visitId, subject: draft.subject, text: draft.text }));
  ctx.wakeMailWorker();
  return { id, reference: (await repo.findRequest(ctx.db, actor.tenantId, id))!.reference };
}

type NewPortalRequest = { subject: string; text: string; serviceId: string | null; categoryId: string | null; visitId: string | null; attachmentIds: string[] };

/**
 * Writes a request a portal user opens, in the caller's transaction: its number, its text as the
 * first message with its files, the staff who look after the location told, and the customer's
 * receipt. The caller wakes the mail worker once the transaction is committed.
 */
async function insertPortalRequest(trx: Executor, ctx: AppContext, tenant: Tenant, actor: PortalActor, location: { id: string; name: string; customer_id: string }, input: NewPortalRequest): Promise<string> {
  const id = newId();
  const now = isoNow();
  const reference = await nextReference(trx, actor.tenantId, 'SR');
  const assigneeId = await repo.defaultAssignee(trx, actor.tenantId, location.id, tenant.default_request_assignee_id);
  await repo.insertRequest(trx, actor.tenantId, {
    id,
    reference,
    customer_id: location.customer_id,
    location_id: location.id,
    portal_user_id: actor.userId,
    service_id: input.serviceId,
    category_id: input.categoryId,
    subject: input.subject,
    text: input.text,
    status: 'new',
    assignee_id: assigneeId,
    visit_id: input.visitId,
    close_reason: null,
    created_at: now,
    updated_at: now,
    opened_at: null,
    resolved_at: null,
    closed_at: null,
  });
  // The request's own text is its first message, so its files hang off a message like any reply's.
  const messageId = newId();
  await repo.insertMessage(trx, actor.tenantId, { id: messageId, request_id: id, author_kind: 'portal', author_id: actor.userId, author_name: actor.name, body: input.text, internal: false, status_from: null, status_to: 'new', created_at: now });
  await claimAttachments(trx, actor.tenantId, input.attachmentIds, { kind: 'portal', id: actor.userId }, location.id, { type: 'request_message', id: messageId });
  const customer = await repo.findCustomerName(trx, actor.tenantId, location.customer_id);
  const names = { reference, customer: customer.name, location: location.name, subject: input.subject };
  const notice: StaffNotice = {
    kind: 'service_request',
    words: (language) => {
      const t = translator(language);
      return { title: t('staffNotices.newRequest.title', { ns: 'emails', ...names }), body: [t('staffNotices.newRequest.body', { ns: 'emails', ...names, person: actor.name }), '', input.text].join('\n') };
    },
    link: `/office/requests/${id}`,
  };
  await tellStaff(trx, ctx, actor.tenantId, { location_id: location.id, assignee_id: assigneeId }, notice);
  const row = (await repo.findRequest(trx, actor.tenantId, id))!;
  await emailRequester(trx, ctx, tenant, row, 'status', statusNews('new', input.text));
  return id;
}

/**
 * Opens a request about one visit for a portal user, in the caller's transaction, as a request
 * from the portal is opened (numbered, staff told, the customer sent a receipt). Other features
 * (upgrades, reschedules) ask the office through it; the caller has checked the visit is theirs.
 * Answers the request's id; the caller wakes the mail worker after committing.
 */
export async function openVisitRequest(
  trx: Executor,
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  request: { location: { id: string; name: string; customer_id: string }; visitId: string; subject: string; text: string },
): Promise<string> {
  return insertPortalRequest(trx, ctx, tenant, actor, request.location, { subject: request.subject, text: request.text, serviceId: null, categoryId: null, visitId: request.visitId, attachmentIds: [] });
}

/**
 * Opens a request about a customer's own data for a portal user, in the caller's transaction, as a
 * request from the portal is opened: the custom-fields feature files the changes a customer saves
 * in the portal through it. Answers the request's id; the caller wakes the mail worker after committing.
 */
export async function openChangeRequest(
  trx: Executor,
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  request: { location: { id: string; name: string; customer_id: string }; subject: string; text: string },
): Promise<string> {
  return insertPortalRequest(trx, ctx, tenant, actor, request.location, { subject: request.subject, text: request.text, serviceId: null, categoryId: null, visitId: null, attachmentIds: [] });
}

async function requestSubject(ctx: AppContext, actor: PortalActor, input: z.output<typeof createServiceRequestSchema>): Promise<string> {
  if (input.serviceId) {
    const service = (await repo.requestableServices(ctx.db, actor.tenantId, input.locationId)).find((s) => s.id === input.serviceId);
    if (!service) throw new AppError('validation_failed', message('requests.serviceNotOffered'), { serviceId: message('requests.serviceNotOfferedField') });
    return service.name;
  }
  const category = (await repo.activeCategories(ctx.db, actor.tenantId)).find((c) => c.id === input.categoryId);
  if (!category) throw new AppError('validation_failed', message('requests.unknownCategory'), { categoryId: message('requests.unknownCategoryField') });
  return category.name;
}

export async function customerReply(ctx: AppContext, tenant: Tenant, actor: PortalActor, id: string, reply: Reply): Promise<PortalRequestDetail> {
  const row = await portalRequest(ctx, actor, id);
  if (finishedStatuses.includes(row.status)) {
    throw new AppError('conflict', message('requests.finished', { status: message(`requestStatus.${row.status}`) }));
  }
  await ctx.db.transaction().execute(async (trx) => {
    const messageId = newId();
    const now = isoNow();
    await repo.insertMessage(trx, actor.tenantId, { id: messageId, request_id: id, author_kind: 'portal', author_id: actor.userId, author_name: actor.name, body: reply.body, internal: false, status_from: null, status_to: null, created_at: now });
    await claimAttachments(trx, actor.tenantId, reply.attachmentIds, { kind: 'portal', id: actor.userId }, row.location_id, { type: 'request_message', id: messageId });
    await repo.updateRequest(trx, actor.tenantId, id, { updated_at: now });
    const names = { person: actor.name, reference: row.reference, customer: row.customer_name, location: row.location_name, subject: row.subject };
    await tellStaff(trx, ctx, actor.tenantId, row, {
      kind: 'customer_reply',
      words: (language) => {
        const t = translator(language);
        return { title: t('staffNotices.customerReply.title', { ns: 'emails', ...names }), body: [t('staffNotices.customerReply.body', { ns: 'emails', ...names }), '', reply.body].join('\n') };
      },
      link: `/office/requests/${id}`,
    });
  });
  ctx.wakeMailWorker();
  return portalDetail(ctx, tenant, actor, id);
}

/** The customer's answer to "is it fixed?": resolved, or back to in progress. */
export async function customerConfirm(ctx: AppContext, tenant: Tenant, actor: PortalActor, id: string, fixed: boolean, comment: string | undefined): Promise<PortalRequestDetail> {
  const row = await portalRequest(ctx, actor, id);
  const to: ServiceRequestStatus = fixed ? 'resolved' : 'in_progress';
  assertTransition('customer', row.status, to);
  await ctx.db.transaction().execute(async (trx) => {
    const now = isoNow();
    const moved = await repo.moveRequest(trx, actor.tenantId, id, row.status, { status: to, updated_at: now, ...(fixed ? { resolved_at: now } : {}) });
    if (!moved) throw new AppError('conflict', message('requests.changedMeanwhile'));
    const body = comment?.trim() || (fixed ? 'Confirmed: the problem is fixed.' : 'Not fixed yet.');
    await repo.insertMessage(trx, actor.tenantId, { id: newId(), request_id: id, author_kind: 'portal', author_id: actor.userId, author_name: actor.name, body, internal: false, status_from: row.status, status_to: to, created_at: now });
    const answer = fixed ? 'fixConfirmed' : 'notFixed';
    await tellStaff(trx, ctx, actor.tenantId, row, {
      kind: 'customer_reply',
      words: (language) => {
        const t = translator(language);
        const said = comment?.trim() || t(`staffNotices.${answer}.comment`, { ns: 'emails' });
        return { title: t(`staffNotices.${answer}.title`, { ns: 'emails', reference: row.reference }), body: [t(`staffNotices.${answer}.body`, { ns: 'emails', reference: row.reference }), '', said].join('\n') };
      },
      link: `/office/requests/${id}`,
    });
    await emailRequester(trx, ctx, tenant, { ...row, status: to }, 'status', statusNews(to, null));
  });
  ctx.wakeMailWorker();
  return portalDetail(ctx, tenant, actor, id);
}

// ——— office ———

/**
 * A page of the office's inbox in the chosen sort. Its cursor is signed for the company, the sort
 * and every filter, so a cursor made for one list is refused, naming it, on any other.
 */
export async function officeInbox(ctx: AppContext, actor: StaffActor, query: InboxQuery): Promise<Inbox> {
  const { cursor, pageSize, ...list } = query;
  const scope = `inbox:${actor.tenantId}:${JSON.stringify(list)}`;
  const [page, newCount] = await Promise.all([
    readKeysetPage(ctx.config.sessionSecret, scope, { cursor, pageSize }, (keyset) => repo.inbox(ctx.db, actor.tenantId, list, keyset, ctx.now()), (row) => ({ at: row[repo.inboxSorts[list.sort][0]], id: row.id })),
    repo.countNew(ctx.db, actor.tenantId),
  ]);
  return {
    items: page.items.map((r) => ({ ...core(r), customerId: r.customer_id, customerName: r.customer_name, assigneeId: r.assignee_id, assigneeName: r.assignee_name, requestedBy: r.requested_by })),
    nextCursor: page.nextCursor,
    newCount,
  };
}

async function officeRequest(ctx: AppContext, actor: StaffActor, id: string): Promise<RequestRow> {
  const row = await repo.findRequest(ctx.db, actor.tenantId, id);
  if (!row) throw notFound('request');
  return row;
}

async function shapeOffice(ctx: AppContext, actor: StaffActor, row: RequestRow): Promise<OfficeRequestDetail> {
  const { attachments, messages } = await conversation(ctx.db, actor.tenantId, row.id, true, '/api/office/attachments');
  return {
    ...core(row),
    customerId: row.customer_id,
    customerName: row.customer_name,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    requestedBy: row.requested_by,
    visitId: row.visit_id,
    visit: visitOf(row),
    closeReason: row.close_reason,
    attachments,
    messages,
    allowedTransitions: allowedTransitions('office', row.status).filter((s) => s !== 'open'),
  };
}

/** The office's view of a request. Reading changes nothing: marking it open is `openRequest`. */
export async function officeDetail(ctx: AppContext, actor: StaffActor, id: string): Promise<OfficeRequestDetail> {
  return shapeOffice(ctx, actor, await officeRequest(ctx, actor, id));
}

/**
 * Marks a new request open: the office page sends this when someone opens it, so the "new"
 * badge counts only requests nobody has looked at. A request already past new is left as it
 * is. The customer sees it in the timeline; no email is sent for it.
 */
export async function openRequest(ctx: AppContext, actor: StaffActor, id: string): Promise<OfficeRequestDetail> {
  const row = await officeRequest(ctx, actor, id);
  if (row.status !== 'new') return shapeOffice(ctx, actor, row);
  await ctx.db.transaction().execute(async (trx) => {
    const now = isoNow();
    // Only one of several people opening it at once records the change. The line names who opened it by
    // its author and status, so it reads in each reader's language; it has no words of its own.
    if (!(await repo.moveRequest(trx, actor.tenantId, id, 'new', { status: 'open', opened_at: now, updated_at: now }))) return;
    await repo.insertMessage(trx, actor.tenantId, { id: newId(), request_id: id, author_kind: 'staff', author_id: actor.userId, author_name: actor.name, body: '', internal: false, status_from: 'new', status_to: 'open', created_at: now });
  });
  return shapeOffice(ctx, actor, await officeRequest(ctx, actor, id));
}

/** A reply to the customer (emailed) or an internal note (never shown or sent to them). */
export async function officeReply(ctx: AppContext, actor: StaffActor, id: string, reply: z.output<typeof officeReplySchema>): Promise<OfficeRequestDetail> {
  const row = await officeRequest(ctx, actor, id);
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  await ctx.db.transaction().execute(async (trx) => {
    const messageId = newId();
    const now = isoNow();
    await repo.insertMessage(trx, actor.tenantId, { id: messageId, request_id: id, author_kind: 'staff', author_id: actor.userId, author_name: actor.name, body: reply.body, internal: reply.internal, status_from: null, status_to: null, created_at: now });
    await claimAttachments(trx, actor.tenantId, reply.attachmentIds, { kind: 'staff', id: actor.userId }, null, { type: 'request_message', id: messageId });
    await repo.updateRequest(trx, actor.tenantId, id, { updated_at: now });
    if (!reply.internal) await emailRequester(trx, ctx, tenant, row, 'reply', (t) => ({ headline: t('request.headlines.replied', { ns: 'emails', company: tenant.display_name }), message: reply.body }));
  });
  ctx.wakeMailWorker();
  return shapeOffice(ctx, actor, await officeRequest(ctx, actor, id));
}

const defaultStatusMessages: Partial<Record<ServiceRequestStatus, string>> = {
  pending_confirmation: 'We believe this is fixed. Please confirm, or tell us if it is not.',
};

export async function changeStatus(ctx: AppContext, actor: StaffActor, id: string, input: z.output<typeof statusChangeSchema>): Promise<OfficeRequestDetail> {
  const row = await officeRequest(ctx, actor, id);
  assertTransition('office', row.status, input.status);
  const update = input.message?.trim() || defaultStatusMessages[input.status];
  if (!update) {
    if (input.status === 'closed') throw new AppError('validation_failed', message('requests.closeReason'), { message: message('requests.closeReasonField') });
    throw new AppError('validation_failed', message('requests.update'), { message: message('requests.updateField') });
  }
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  await ctx.db.transaction().execute(async (trx) => {
    const now = isoNow();
    const closing = input.status === 'closed' ? { close_reason: update, closed_at: now } : {};
    const moved = await repo.moveRequest(trx, actor.tenantId, id, row.status, { status: input.status, updated_at: now, opened_at: row.opened_at ?? now, ...closing });
    if (!moved) throw new AppError('conflict', message('requests.changedMeanwhile'));
    await repo.insertMessage(trx, actor.tenantId, { id: newId(), request_id: id, author_kind: 'staff', author_id: actor.userId, author_name: actor.name, body: update, internal: false, status_from: row.status, status_to: input.status, created_at: now });
    // The office's own words as written; the default "please confirm" in the customer's language.
    const written = input.message?.trim();
    const news: RequestNews = (t) => ({
      headline: t(`request.headlines.${input.status}`, { ns: 'emails' }),
      message: written || (input.status === 'pending_confirmation' ? t('request.pleaseConfirm', { ns: 'emails' }) : update),
    });
    await emailRequester(trx, ctx, tenant, { ...row, status: input.status }, 'status', news);
  });
  ctx.wakeMailWorker();
  return shapeOffice(ctx, actor, await officeRequest(ctx, actor, id));
}

/**
 * Assigns a request to someone who may read requests (supervisor and up), or to nobody. The new
 * assignee is told by the style they chose for the location (email or text) and in their
 * unread list, unless they assigned it to themselves.
 */
export async function assign(ctx: AppContext, actor: StaffActor, id: string, assigneeId: string | null): Promise<OfficeRequestDetail> {
  const row = await officeRequest(ctx, actor, id);
  if (assigneeId) {
    const staff = await repo.findStaffMember(ctx.db, actor.tenantId, assigneeId);
    if (!staff || staff.role === 'no_access') throw new AppError('validation_failed', message('requests.chooseStaff'), { assigneeId: message('requests.chooseStaffField') });
    if (!mayHandleRequests(staff.role)) {
      throw new AppError('validation_failed', message('requests.assigneeCannotRead', { name: staff.name }), { assigneeId: message('requests.assigneeCannotReadField') });
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, actor.tenantId, id, { assignee_id: assigneeId, updated_at: isoNow() });
    if (!assigneeId || assigneeId === row.assignee_id || assigneeId === actor.userId) return;
    const names = { assigner: actor.name, reference: row.reference, subject: row.subject, customer: row.customer_name, location: row.location_name };
    const notice: StaffNotice = {
      kind: 'request_assigned',
      words: (language) => {
        const t = translator(language);
        return { title: t('staffNotices.assigned.title', { ns: 'emails', ...names }), body: t('staffNotices.assigned.body', { ns: 'emails', ...names }) };
      },
      link: `/office/requests/${id}`,
    };
    await notifyStaffMember(trx, mailContext(ctx), actor.tenantId, assigneeId, row.location_id, notice);
    await addStaffNotificationFor(trx, actor.tenantId, assigneeId, notice);
  });
  ctx.wakeMailWorker();
  return shapeOffice(ctx, actor, await officeRequest(ctx, actor, id));
}
