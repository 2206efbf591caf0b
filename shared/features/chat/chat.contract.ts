import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { attachmentSchema } from '../attachments/attachments.contract.ts';

/** The live-event topic of a location's conversation: a message came, was read, or was removed. */
export const chatTopic = 'chat';

export const maxChatTextLength = 2000;
export const maxChatPhotos = 4;

/** How long after telling someone away from Porter of a new message they are not told again. */
export const chatNoticeQuietMinutes = 15;

/** What a portal user or staff member sends: text, photos (uploaded first), or both. */
export const chatMessageInputSchema = z
  .object({
    text: z.string().trim().max(maxChatTextLength, errorKey('validation.tooLong')).default('').describe(`The message, at most ${maxChatTextLength} characters; may be empty when a photo is sent`),
    photoIds: z
      .array(z.string().min(1).max(64))
      .max(maxChatPhotos, errorKey('validation.attachAtMost'))
      .default([])
      .describe('Photos uploaded to this conversation by the sender and not yet sent'),
  })
  .refine((input) => input.text.length > 0 || input.photoIds.length > 0, { path: ['text'], message: errorKey('chat.enterText') });
export type ChatMessageInput = z.input<typeof chatMessageInputSchema>;

export const chatMessageSchema = z.object({
  id: z.string(),
  locationId: z.string(),
  from: z.enum(['customer', 'company']).describe('Which side sent it'),
  senderName: z.string(),
  mine: z.boolean().describe('Sent by the person reading'),
  text: z.string().describe('Empty for a photo alone, and once removed'),
  photos: z.array(attachmentSchema),
  removed: z.boolean().describe('Removed by the office: show “message removed”'),
  sentAt: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const chatThreadQuerySchema = z.object({
  before: z.string().max(64).optional().describe('Older than this message id: the page before the one shown'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ChatThreadQuery = z.input<typeof chatThreadQuerySchema>;

export const chatThreadSchema = z.object({
  location: z.object({ id: z.string(), name: z.string(), customerId: z.string(), customerName: z.string(), timeZone: z.string() }),
  messages: z.array(chatMessageSchema).describe('Oldest first, the newest `limit` (or those before `before`)'),
  hasOlder: z.boolean(),
  unread: z.number().int().describe('Messages from others since the reader last read the conversation'),
});
export type ChatThread = z.infer<typeof chatThreadSchema>;

export const chatConversationSchema = z.object({
  locationId: z.string(),
  locationName: z.string(),
  customerName: z.string(),
  lastMessageAt: z.string(),
  lastMessage: z.object({ from: z.enum(['customer', 'company']), senderName: z.string(), text: z.string(), hasPhotos: z.boolean(), removed: z.boolean() }),
  unread: z.number().int(),
});
export type ChatConversation = z.infer<typeof chatConversationSchema>;

export const chatConversationsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ChatConversationsQuery = z.input<typeof chatConversationsQuerySchema>;

export const chatConversationListSchema = z.object({
  items: z.array(chatConversationSchema).describe('Unread first, then the newest'),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ChatConversationList = z.infer<typeof chatConversationListSchema>;

export const chatUnreadSchema = z.object({
  total: z.number().int().describe('Unread messages across the conversations the reader takes part in'),
  byLocation: z.record(z.string(), z.number().int()).describe('Unread messages per location, only where there are some'),
});
export type ChatUnread = z.infer<typeof chatUnreadSchema>;
