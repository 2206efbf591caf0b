import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** What an uploaded file can be attached to. */
export type AttachmentOwnerType = 'request_message' | 'supply_product' | 'inspection_area' | 'visit_photo' | 'chat_message';

/** Types accepted, recognised by their content, never by their name. */
export const attachmentTypes = {
  'image/jpeg': { image: true },
  'image/png': { image: true },
  'image/webp': { image: true },
  'application/pdf': { image: false },
} as const;
export type AttachmentContentType = keyof typeof attachmentTypes;

export const defaultMaxUploadBytes = 10 * 1024 * 1024;
export const maxAttachmentsPerMessage = 6;

/** What a portal user's upload is for: a message on a request, or their own inspection of a visit. */
export const portalUploadPurposes = ['request', 'inspection'] as const;
export type PortalUploadPurpose = (typeof portalUploadPurposes)[number];

export const portalUploadQuerySchema = z.object({
  purpose: z.enum(portalUploadPurposes).default('request').describe('What the file will be attached to: a request (the default) or the customer’s inspection of a visit'),
});

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string().describe('A safe version of the uploaded name'),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  isImage: z.boolean(),
  url: z.string().describe('Where the file is served, to those allowed to see it'),
  thumbnailUrl: z.string().nullable().describe('A small preview, for images'),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentIdsSchema = z
  .array(z.string().min(1).max(64))
  .max(maxAttachmentsPerMessage, errorKey('validation.attachAtMost'))
  .default([]);
