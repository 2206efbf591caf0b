import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { cursorPageQuerySchema, nextCursorSchema } from '../../paging.ts';
import { storedFileKinds } from '../files/files.contract.ts';

export const resourceKinds = ['file', 'link'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const maxResourceTitleLength = 120;
export const maxResourceDescriptionLength = 500;
export const maxResourceUrlLength = 2000;

/** Only web addresses: a `javascript:` or `data:` link would run in the reader's page. */
export const resourceUrlSchema = z
  .string()
  .trim()
  .max(maxResourceUrlLength, errorKey('validation.tooLong'))
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, errorKey('validation.webAddress'))
  .describe('A web address starting with http:// or https://');

const resourceFields = {
  title: z.string().trim().min(1, errorKey('validation.enterResourceTitle')).max(maxResourceTitleLength, errorKey('validation.tooLong')).describe('What the resource is, as the list shows it'),
  description: z
    .string()
    .trim()
    .max(maxResourceDescriptionLength, errorKey('validation.tooLong'))
    .nullish()
    .transform((value) => value || null)
    .describe('A line about it (optional)'),
  shared: z.boolean({ error: errorKey('validation.chooseOption') }).describe('Shared with the customer’s portal users (true) or internal to the office (false)'),
};

export const resourceLinkInputSchema = z.object({ ...resourceFields, url: resourceUrlSchema });
export type ResourceLinkInput = z.input<typeof resourceLinkInputSchema>;

/** The text fields of a file resource's multipart form, sent before the file. */
export const resourceFileFieldsSchema = z.object({
  ...resourceFields,
  shared: z.enum(['true', 'false'], { error: errorKey('validation.chooseOption') }).transform((value) => value === 'true').describe('Shared with the customer (true) or internal (false)'),
});

/** A change: a link may change its address too; a file keeps its file. */
export const resourceUpdateSchema = z.object({ ...resourceFields, url: resourceUrlSchema.optional().describe('A link’s new address; refused for a file') });
export type ResourceUpdate = z.input<typeof resourceUpdateSchema>;

export const resourceSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.enum(resourceKinds),
  title: z.string(),
  description: z.string().nullable(),
  shared: z.boolean(),
  url: z.string().describe('A link’s address, or where the office downloads the file'),
  fileName: z.string().nullable(),
  fileKind: z.enum(storedFileKinds).nullable(),
  sizeBytes: z.number().int().nullable(),
  createdById: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Resource = z.infer<typeof resourceSchema>;

/** Resources grow with every document a company hands out, so both lists are read a page at a time. */
export const resourcesPerPage = 25;
export const resourceListQuerySchema = cursorPageQuerySchema(resourcesPerPage);
export type ResourceListQuery = z.output<typeof resourceListQuerySchema>;

export const resourceListSchema = z.object({ items: z.array(resourceSchema).describe('A page, newest first'), nextCursor: nextCursorSchema });
export type ResourceList = z.infer<typeof resourceListSchema>;

/** A shared resource as the customer sees it: nothing about who added it or whether it is shared. */
export const portalResourceSchema = resourceSchema.pick({ id: true, kind: true, title: true, description: true, url: true, fileName: true, fileKind: true, sizeBytes: true });
export type PortalResource = z.infer<typeof portalResourceSchema>;
export const portalResourceListSchema = z.object({ items: z.array(portalResourceSchema).describe('A page of the company’s documents and links shared with this customer, newest first'), nextCursor: nextCursorSchema });
export type PortalResourceList = z.infer<typeof portalResourceListSchema>;
