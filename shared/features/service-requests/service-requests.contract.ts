import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { cursorPageQuerySchema, cursorSchema, nextCursorSchema } from '../../paging.ts';
import { hasRoleAtLeast, type StaffRole } from '../../roles.ts';
import { attachmentIdsSchema, attachmentSchema } from '../attachments/attachments.contract.ts';
import { inboxSorts, serviceRequestStatuses } from './service-requests.values.ts';

export { inboxSorts, serviceRequestStatuses };

export const serviceRequestStatusSchema = z.enum(serviceRequestStatuses);
export type ServiceRequestStatus = z.infer<typeof serviceRequestStatusSchema>;

/**
 * The least office role that reads requests, and so the least a request may be assigned to.
 * Technicians do not see customer messages (SPEC).
 */
export const requestReaderRole: StaffRole = 'supervisor';

/** Whether someone of this role may read requests and be their assignee. */
export function mayHandleRequests(role: StaffRole): boolean {
  return hasRoleAtLeast(role, requestReaderRole);
}

/** Resolved and closed requests are done; the rest are open in the customer's eyes. */
export const finishedStatuses: readonly ServiceRequestStatus[] = ['resolved', 'closed'];

/** Fewer than 500 characters (SA). */
export const requestTextMaxLength = 499;

const text = z
  .string()
  .trim()
  .min(1, errorKey('validation.writeWhatYouNeed'))
  .max(requestTextMaxLength, errorKey('validation.requestTextTooLong'));

export const createServiceRequestSchema = z
  .object({
    locationId: z.string().min(1, errorKey('validation.chooseLocation')),
    serviceId: z.string().min(1).nullable().optional().describe('A service from the catalogue; or give a category'),
    categoryId: z.string().min(1).nullable().optional().describe('A request category; or give a service'),
    text: text.describe('What is needed, fewer than 500 characters'),
    attachmentIds: attachmentIdsSchema.describe('Files uploaded first through the attachments route'),
    visitId: z.string().min(1).max(64).nullable().optional().describe('The visit at this location the request is about'),
  })
  .refine((v) => Boolean(v.serviceId) !== Boolean(v.categoryId), { path: ['serviceId'], message: errorKey('validation.serviceOrCategory') });
export type CreateServiceRequest = z.input<typeof createServiceRequestSchema>;

export const messageSchema = z.object({
  id: z.string(),
  authorKind: z.enum(['staff', 'portal', 'system']),
  authorName: z.string(),
  body: z.string(),
  internal: z.boolean().describe('Internal notes are never shown to the customer'),
  statusFrom: serviceRequestStatusSchema.nullable(),
  statusTo: serviceRequestStatusSchema.nullable(),
  createdAt: z.string(),
  attachments: z.array(attachmentSchema),
});
export type RequestMessage = z.infer<typeof messageSchema>;

const requestCore = {
  id: z.string(),
  reference: z.string().describe('Human reference, e.g. SR-2026-0042'),
  subject: z.string().describe('The service or category asked for'),
  text: z.string(),
  status: serviceRequestStatusSchema,
  locationId: z.string(),
  locationName: z.string(),
  locationTimeZone: z.string().describe('The location’s time zone (IANA): its times are shown on that clock'),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
};

/** The visit a request is about, shown beside it on the location's clock. */
export const requestVisitSchema = z.object({ id: z.string(), name: z.string(), startsAt: z.string(), timeZone: z.string() });
export type RequestVisit = z.infer<typeof requestVisitSchema>;

export const portalRequestListItemSchema = z.object(requestCore);
/** How many of a location's requests the portal shows at a time, newest first. */
export const portalRequestsPerPage = 20;
export const portalRequestLists = ['open', 'closed'] as const;
export type PortalRequestListKind = (typeof portalRequestLists)[number];
export const portalRequestListQuerySchema = cursorPageQuerySchema(portalRequestsPerPage).extend({
  list: z.enum(portalRequestLists).default('open').describe('Requests still open, or finished ones (resolved or closed)'),
});
export type PortalRequestListQuery = z.output<typeof portalRequestListQuerySchema>;
export const portalRequestListSchema = z.object({
  items: z.array(portalRequestListItemSchema).nullable().describe('A page of the list, newest first; null when the company does not show this list'),
  nextCursor: nextCursorSchema,
  canSubmit: z.boolean(),
});
export type PortalRequestList = z.infer<typeof portalRequestListSchema>;

export const portalRequestDetailSchema = z.object({
  ...requestCore,
  showElapsedTime: z.boolean().describe('Whether the location’s elapsed-time feature is on'),
  visit: requestVisitSchema.nullable().describe('The visit the request is about'),
  attachments: z.array(attachmentSchema),
  messages: z.array(messageSchema).describe('The conversation, without internal notes'),
  closeReason: z.string().nullable(),
});
export type PortalRequestDetail = z.infer<typeof portalRequestDetailSchema>;

export const replySchema = z.object({
  body: z.string().trim().min(1, errorKey('validation.writeMessage')).max(2000, errorKey('validation.keepUnder')),
  attachmentIds: attachmentIdsSchema,
});

export const customerConfirmationSchema = z.object({
  fixed: z.boolean().describe('True: the problem is fixed and the request is resolved; false: back to in progress'),
  comment: z.string().trim().max(2000).optional(),
});

export const inboxQuerySchema = z.object({
  status: z
    .union([serviceRequestStatusSchema, z.literal('unfinished'), z.literal('all')])
    .default('unfinished')
    .describe('A status, "unfinished" (not resolved or closed) or "all"'),
  locationId: z.string().max(64).optional(),
  customerId: z.string().max(64).optional(),
  assigneeId: z.string().max(64).optional().describe('A staff id, or "none" for unassigned'),
  serviceId: z.string().max(64).optional(),
  categoryId: z.string().max(64).optional(),
  olderThanDays: z.coerce.number().int().min(1).max(3650).optional().describe('Only requests opened more than this many days ago'),
  q: z.string().trim().max(100).optional().describe('Matches reference or text'),
  sort: z.enum(inboxSorts).default('newest'),
  cursor: cursorSchema.optional().describe('Where the page starts: the nextCursor of the page before, valid only for the same filters and sort; left out for the first page'),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const inboxItemSchema = z.object({
  ...requestCore,
  customerId: z.string(),
  customerName: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  requestedBy: z.string().nullable(),
});
/**
 * A page of the inbox. It is read by keyset (the rows after the last one shown, in the sort's
 * order), so a deep page costs what the first does; no total is counted, as counting a filtered
 * inbox of a hundred thousand requests reads every one of them.
 */
export const inboxSchema = z.object({
  items: z.array(inboxItemSchema),
  nextCursor: nextCursorSchema,
  newCount: z.number().int().describe('Requests nobody in the office has opened yet'),
});
export type Inbox = z.infer<typeof inboxSchema>;

export const officeRequestDetailSchema = z.object({
  ...requestCore,
  customerId: z.string(),
  customerName: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  requestedBy: z.string().nullable(),
  visitId: z.string().nullable().describe('The visit the request is about'),
  visit: requestVisitSchema.nullable().describe('The visit the request is about, while it exists'),
  closeReason: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  messages: z.array(messageSchema).describe('Replies, status updates and internal notes'),
  allowedTransitions: z.array(serviceRequestStatusSchema).describe('Statuses the office may move it to now'),
});
export type OfficeRequestDetail = z.infer<typeof officeRequestDetailSchema>;

export const officeReplySchema = replySchema.extend({
  internal: z.boolean().default(false).describe('An internal note the customer never sees'),
});

export const statusChangeSchema = z.object({
  status: z.enum(['in_progress', 'pending_confirmation', 'closed']),
  message: z.string().trim().max(2000).optional().describe('Required for in progress (the update to the customer) and closed (the reason)'),
});

export const assignSchema = z.object({ assigneeId: z.string().min(1).nullable() });
