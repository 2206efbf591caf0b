import type { z } from 'zod';
import { attachmentTypes } from '../../../shared/features/attachments/attachments.contract.ts';
import {
  chatNoticeQuietMinutes,
  chatTopic,
  type ChatConversationList,
  type chatConversationsQuerySchema,
  type ChatMessage,
  type chatMessageInputSchema,
  type ChatThread,
  type chatThreadQuerySchema,
  type ChatUnread,
} from '../../../shared/features/chat/chat.contract.ts';
import { canTakePartInChat, seesAllChats } from '../../../shared/features/chat/chat.policy.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { translator } from '../../lib/i18n.ts';
import { isoNow } from '../../lib/time.ts';
import { attachmentsOf, claimAttachments, detectContentType, readAttachmentData, storeUpload, toAttachment } from '../../platform/attachments/attachments.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { onlineStaff } from '../../platform/events/presence.ts';
import { notifyStaffMember, type StaffNotice } from '../../platform/notifications/staff-notifications.ts';
import { portalLocationIds, requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './chat.repository.ts';

type MessageInput = z.output<typeof chatMessageInputSchema>;
type ThreadQuery = z.output<typeof chatThreadQuerySchema>;
type ListQuery = z.output<typeof chatConversationsQuerySchema>;
type Upload = { fileName: string; data: Buffer };
type Location = NonNullable<Awaited<ReturnType<typeof repo.findLocation>>>;

/** Who reads, and where their photos are served from. */
type Side = { tenantId: TenantId; reader: repo.Reader; photoBase: string };

const portalSide = (actor: PortalActor, slug: string): Side => ({ tenantId: actor.tenantId, reader: { kind: 'portal', id: actor.userId }, photoBase: `/api/portal/${slug}/chat/photos` });
const officeSide = (actor: StaffActor): Side => ({ tenantId: actor.tenantId, reader: { kind: 'staff', id: actor.userId }, photoBase: '/api/office/chat/photos' });

async function toMessages(db: Executor, side: Side, rows: repo.MessageRow[]): Promise<ChatMessage[]> {
  const live = rows.filter((row) => !row.deleted_at).map((row) => row.id);
  const photos = await attachmentsOf(db, side.tenantId, 'chat_message', live);
  return rows.map((row) => ({
    id: row.id,
    locationId: row.location_id,
    from: row.sender_kind === 'portal' ? 'customer' : 'company',
    senderName: row.sender_name,
    mine: (side.reader.kind === 'portal' ? row.portal_user_id : row.staff_user_id) === side.reader.id && row.sender_kind === side.reader.kind,
    text: row.deleted_at ? '' : row.text,
    photos: row.deleted_at ? [] : photos.filter((photo) => photo.owner_id === row.id).map((photo) => toAttachment(photo as Parameters<typeof toAttachment>[0], side.photoBase)),
    removed: Boolean(row.deleted_at),
    sentAt: row.created_at,
  }));
}

async function thread(ctx: AppContext, side: Side, location: Location, query: ThreadQuery): Promise<ChatThread> {
  const before = query.before ? await repo.findMessage(ctx.db, side.tenantId, query.before) : undefined;
  if (query.before && before?.location_id !== location.id) throw notFound('chatMessage');
  const { rows, hasOlder } = await repo.listMessages(ctx.db, side.tenantId, location.id, { before, limit: query.limit });
  const unread = await repo.unreadByLocation(ctx.db, side.tenantId, side.reader, [location.id]);
  return {
    location: { id: location.id, name: location.name, customerId: location.customer_id, customerName: location.customer_name, timeZone: location.time_zone },
    messages: await toMessages(ctx.db, side, rows.reverse()),
    hasOlder,
    unread: unread[location.id] ?? 0,
  };
}

/** Only photos: a chat shows pictures in the thread, so anything else is refused before it is stored. */
async function storePhoto(ctx: AppContext, tenantId: TenantId, uploader: repo.Reader, locationId: string, upload: Upload) {
  const type = detectContentType(upload.data);
  if (!type || !attachmentTypes[type].image) throw new AppError('validation_failed', message('chat.photosOnly'), { file: message('chat.photosOnlyField') });
  return storeUpload(ctx, tenantId, uploader, locationId, upload);
}

async function send(ctx: AppContext, side: Side, location: Location, sender: { name: string }, input: MessageInput): Promise<ChatMessage> {
  const id = newId();
  const now = ctx.now();
  const row = await ctx.db.transaction().execute(async (trx) => {
    await repo.insertMessage(trx, side.tenantId, {
      id,
      location_id: location.id,
      sender_kind: side.reader.kind,
      portal_user_id: side.reader.kind === 'portal' ? side.reader.id : null,
      staff_user_id: side.reader.kind === 'staff' ? side.reader.id : null,
      sender_name: sender.name,
      text: input.text,
      created_at: isoNow(now),
    });
    await claimAttachments(trx, side.tenantId, input.photoIds, side.reader, location.id, { type: 'chat_message', id });
    // The sender has read everything up to what they just wrote.
    await repo.markRead(trx, side.tenantId, location.id, side.reader, newId(), isoNow(now));
    if (side.reader.kind === 'portal') await tellStaffAway(ctx, trx, side.tenantId, location, sender.name, input, now);
    return (await repo.findMessage(trx, side.tenantId, id))!;
  });
  ctx.events.publish({ tenantId: side.tenantId, topic: chatTopic, locationId: location.id, id });
  ctx.wakeMailWorker();
  const [sent] = await toMessages(ctx.db, side, [row]);
  return sent!;
}

/**
 * Tells the staff a customer's message reaches who have no office page open, by the way each chose
 * for the location (an admin reached for want of anyone assigned is emailed), at most once per
 * conversation in `chatNoticeQuietMinutes`. The text goes in the notice, a photo never does.
 */
async function tellStaffAway(ctx: AppContext, db: Executor, tenantId: TenantId, location: Location, person: string, input: MessageInput, now: Date): Promise<void> {
  const staff = await repo.chatStaffOf(db, tenantId, location.id);
  const online = await onlineStaff(db, tenantId, staff, now);
  const quietSince = isoNow(new Date(now.getTime() - chatNoticeQuietMinutes * 60_000));
  const told = await repo.recentlyNotified(db, tenantId, location.id, staff, quietSince);
  const names = { person, customer: location.customer_name, location: location.name };
  const notice: StaffNotice = {
    kind: 'chat_message',
    words: (language) => {
      const t = translator(language);
      const content = input.text || t('staffNotices.chatMessage.photo', { ns: 'emails' });
      return { title: t('staffNotices.chatMessage.title', { ns: 'emails', ...names }), body: [t('staffNotices.chatMessage.body', { ns: 'emails', ...names }), '', content].join('\n') };
    },
    link: `/office/chat/${location.id}`,
  };
  const mail = { publicUrl: ctx.config.publicUrl, smtpConfigured: ctx.smtpConfigured };
  for (const staffId of staff) {
    if (online.has(staffId) || told.has(staffId)) continue;
    await notifyStaffMember(db, mail, tenantId, staffId, location.id, notice);
    await repo.markNotified(db, tenantId, location.id, staffId, newId(), isoNow(now));
  }
}

async function markRead(ctx: AppContext, side: Side, locationId: string): Promise<void> {
  await repo.markRead(ctx.db, side.tenantId, locationId, side.reader, newId(), isoNow(ctx.now()));
  ctx.events.publish({ tenantId: side.tenantId, topic: chatTopic, locationId, id: null });
}

async function photo(ctx: AppContext, tenantId: TenantId, attachmentId: string, mayOpen: (locationId: string) => Promise<boolean>, thumbnail: boolean) {
  const row = await repo.findPhoto(ctx.db, tenantId, attachmentId);
  if (!row || row.deleted_at || !(await mayOpen(row.location_id))) throw notFound('file');
  const data = await readAttachmentData(ctx, row, thumbnail);
  if (!data) throw notFound('file');
  return { data, contentType: thumbnail && row.thumbnail_key ? 'image/webp' : row.content_type, fileName: row.file_name, inline: true };
}

// The portal: every portal user of a location takes part in its conversation.

async function portalLocation(ctx: AppContext, actor: PortalActor, locationId: string): Promise<Location> {
  await requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId);
  return (await repo.findLocation(ctx.db, actor.tenantId, locationId))!;
}

export async function portalThread(ctx: AppContext, actor: PortalActor, slug: string, locationId: string, query: ThreadQuery): Promise<ChatThread> {
  return thread(ctx, portalSide(actor, slug), await portalLocation(ctx, actor, locationId), query);
}

export async function portalSend(ctx: AppContext, actor: PortalActor, slug: string, locationId: string, input: MessageInput): Promise<ChatMessage> {
  return send(ctx, portalSide(actor, slug), await portalLocation(ctx, actor, locationId), actor, input);
}

export async function portalUploadPhoto(ctx: AppContext, actor: PortalActor, slug: string, locationId: string, upload: () => Promise<Upload>) {
  await portalLocation(ctx, actor, locationId);
  const row = await storePhoto(ctx, actor.tenantId, { kind: 'portal', id: actor.userId }, locationId, await upload());
  return toAttachment(row, `/api/portal/${slug}/chat/photos`);
}

export async function portalMarkRead(ctx: AppContext, actor: PortalActor, locationId: string): Promise<void> {
  await portalLocation(ctx, actor, locationId);
  await markRead(ctx, portalSide(actor, ''), locationId);
}

export async function portalUnread(ctx: AppContext, actor: PortalActor): Promise<ChatUnread> {
  const locations = [...(await portalLocationIds(ctx.db, actor.tenantId, actor.userId))];
  const byLocation = await repo.unreadByLocation(ctx.db, actor.tenantId, { kind: 'portal', id: actor.userId }, locations);
  return { total: Object.values(byLocation).reduce((sum, n) => sum + n, 0), byLocation };
}

export function portalPhoto(ctx: AppContext, actor: PortalActor, attachmentId: string, thumbnail: boolean) {
  const mayOpen = (locationId: string) =>
    requirePortalLocation(ctx.db, actor.tenantId, actor.userId, locationId).then(
      () => true,
      () => false,
    );
  return photo(ctx, actor.tenantId, attachmentId, mayOpen, thumbnail);
}

// The office: see chat.policy.ts for who takes part where. Anyone else is told the conversation does not exist.

async function officeLocation(ctx: AppContext, actor: StaffActor, locationId: string): Promise<Location> {
  const location = await repo.findLocation(ctx.db, actor.tenantId, locationId);
  if (!location || !(await takesPart(ctx, actor, locationId))) throw notFound('location');
  return location;
}

async function takesPart(ctx: AppContext, actor: StaffActor, locationId: string): Promise<boolean> {
  const assignedAndTrained = seesAllChats(actor) || (await repo.isAssignedAndTrained(ctx.db, actor.tenantId, locationId, actor.userId));
  return canTakePartInChat(actor, { assignedAndTrained });
}

const officeScope = (actor: StaffActor) => (seesAllChats(actor) ? ('all' as const) : { looksAfter: actor.userId });

export async function officeConversations(ctx: AppContext, actor: StaffActor, query: ListQuery): Promise<ChatConversationList> {
  if (!canTakePartInChat(actor, { assignedAndTrained: true })) throw notFound('location');
  const { rows, total } = await repo.listConversations(ctx.db, actor.tenantId, actor.userId, seesAllChats(actor), query);
  const last = await repo.lastMessages(ctx.db, actor.tenantId, rows.map((row) => row.location_id));
  const photos = await attachmentsOf(ctx.db, actor.tenantId, 'chat_message', last.map((row) => row.id));
  const items = rows.map((row) => {
    const newest = last.find((message) => message.location_id === row.location_id)!;
    return {
      locationId: row.location_id,
      locationName: row.location_name,
      customerName: row.customer_name,
      lastMessageAt: String(row.last_at),
      lastMessage: {
        from: newest.sender_kind === 'portal' ? ('customer' as const) : ('company' as const),
        senderName: newest.sender_name,
        text: newest.deleted_at ? '' : newest.text,
        hasPhotos: !newest.deleted_at && photos.some((photo) => photo.owner_id === newest.id),
        removed: Boolean(newest.deleted_at),
      },
      unread: Number(row.unread),
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function officeUnread(ctx: AppContext, actor: StaffActor): Promise<ChatUnread> {
  if (!canTakePartInChat(actor, { assignedAndTrained: true })) throw notFound('location');
  const byLocation = await repo.unreadByLocation(ctx.db, actor.tenantId, { kind: 'staff', id: actor.userId }, officeScope(actor));
  return { total: Object.values(byLocation).reduce((sum, n) => sum + n, 0), byLocation };
}

export async function officeThread(ctx: AppContext, actor: StaffActor, locationId: string, query: ThreadQuery): Promise<ChatThread> {
  return thread(ctx, officeSide(actor), await officeLocation(ctx, actor, locationId), query);
}

export async function officeSend(ctx: AppContext, actor: StaffActor, locationId: string, input: MessageInput): Promise<ChatMessage> {
  return send(ctx, officeSide(actor), await officeLocation(ctx, actor, locationId), actor, input);
}

export async function officeUploadPhoto(ctx: AppContext, actor: StaffActor, locationId: string, upload: () => Promise<Upload>) {
  await officeLocation(ctx, actor, locationId);
  const row = await storePhoto(ctx, actor.tenantId, { kind: 'staff', id: actor.userId }, locationId, await upload());
  return toAttachment(row, '/api/office/chat/photos');
}

export async function officeMarkRead(ctx: AppContext, actor: StaffActor, locationId: string): Promise<void> {
  await officeLocation(ctx, actor, locationId);
  await markRead(ctx, officeSide(actor), locationId);
}

/**
 * Removes a customer's message: its words and photos are no longer shown, "message removed" is,
 * and the audit log keeps who removed it and when. The company's own messages are not removed
 * here: the customer has read them, and a chat that rewrites one side's history is not a record.
 */
export async function officeRemove(ctx: AppContext, actor: StaffActor, messageId: string): Promise<void> {
  const row = await repo.findMessage(ctx.db, actor.tenantId, messageId);
  if (!row) throw notFound('chatMessage');
  await officeLocation(ctx, actor, row.location_id).catch(() => {
    throw notFound('chatMessage');
  });
  if (row.sender_kind !== 'portal') throw new AppError('conflict', message('chat.onlyCustomers'));
  if (row.deleted_at) return;
  await ctx.db.transaction().execute(async (trx) => {
    const at = isoNow(ctx.now());
    await repo.removeMessage(trx, actor.tenantId, messageId, actor.userId, at);
    await recordAudit(trx, { tenantId: actor.tenantId, actorKind: 'staff', actorId: actor.userId, action: 'chat_message.removed', subject: messageId, details: { locationId: row.location_id, sentBy: row.sender_name, sentAt: row.created_at } });
  });
  ctx.events.publish({ tenantId: actor.tenantId, topic: chatTopic, locationId: row.location_id, id: messageId });
}

export function officePhoto(ctx: AppContext, actor: StaffActor, attachmentId: string, thumbnail: boolean) {
  return photo(ctx, actor.tenantId, attachmentId, (locationId) => takesPart(ctx, actor, locationId), thumbnail);
}
