import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { cursorPageQuerySchema, nextCursorSchema } from '../../paging.ts';

/** What a stored file is, as the office and the customer see it. */
export const storedFileKinds = ['image', 'document', 'video'] as const;
export type StoredFileKind = (typeof storedFileKinds)[number];

/**
 * The types a location's files and a customer's resources may be, recognised by their content,
 * never by their name; each with its kind and the extension its stored name gets.
 */
export const storedFileTypes = {
  'image/jpeg': { kind: 'image', extension: 'jpg' },
  'image/png': { kind: 'image', extension: 'png' },
  'image/webp': { kind: 'image', extension: 'webp' },
  'application/pdf': { kind: 'document', extension: 'pdf' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { kind: 'document', extension: 'docx' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { kind: 'document', extension: 'xlsx' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { kind: 'document', extension: 'pptx' },
  'application/vnd.oasis.opendocument.text': { kind: 'document', extension: 'odt' },
  'application/vnd.oasis.opendocument.spreadsheet': { kind: 'document', extension: 'ods' },
  'application/vnd.oasis.opendocument.presentation': { kind: 'document', extension: 'odp' },
  'text/plain': { kind: 'document', extension: 'txt' },
  'text/csv': { kind: 'document', extension: 'csv' },
  'video/mp4': { kind: 'video', extension: 'mp4' },
  'video/quicktime': { kind: 'video', extension: 'mov' },
  'video/webm': { kind: 'video', extension: 'webm' },
} as const satisfies Record<string, { kind: StoredFileKind; extension: string }>;
export type StoredFileType = keyof typeof storedFileTypes;

/** What the file picker offers; the server decides by content all the same. */
export const storedFileAccept = [...Object.keys(storedFileTypes), ...Object.values(storedFileTypes).map((type) => `.${type.extension}`)].join(',');

/**
 * The company's upload size limit, in megabytes. The default takes a phone's minute of video; the
 * maximum keeps one upload to what a slow office line sends in a few minutes, and the store small.
 */
export const fileUploadLimits = { defaultMb: 25, minMb: 1, maxMb: 200 } as const;

export const fileSettingsSchema = z.object({
  uploadLimitMb: z
    .number({ error: errorKey('validation.wholeNumber') })
    .int(errorKey('validation.wholeNumber'))
    .min(fileUploadLimits.minMb, errorKey('validation.atLeast'))
    .max(fileUploadLimits.maxMb, errorKey('validation.atMost'))
    .describe(`The largest file the office may upload to a location or a customer’s resources, in megabytes (${fileUploadLimits.minMb}–${fileUploadLimits.maxMb})`),
});
export type FileSettings = z.infer<typeof fileSettingsSchema>;

export const locationFileSchema = z.object({
  id: z.string(),
  locationId: z.string(),
  fileName: z.string().describe('A safe version of the uploaded name, with the extension of its real type'),
  contentType: z.string(),
  kind: z.enum(storedFileKinds),
  sizeBytes: z.number().int(),
  shared: z.boolean().describe('Whether the customer sees it in the portal (where the location’s File storage is on)'),
  uploadedById: z.string().nullable().describe('Who uploaded it; null once that staff member is removed'),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
  url: z.string().describe('Where the office downloads it'),
});
export type LocationFile = z.infer<typeof locationFileSchema>;

/** How many of a location's files a page holds, newest first. */
export const filesPerPage = 25;
export const fileListQuerySchema = cursorPageQuerySchema(filesPerPage);
export type FileListQuery = z.output<typeof fileListQuerySchema>;
export const locationFileListSchema = z.object({ items: z.array(locationFileSchema).describe('A page, newest first'), nextCursor: nextCursorSchema });
export type LocationFileList = z.infer<typeof locationFileListSchema>;

export const locationFileUploadQuerySchema = z.object({
  shared: z.enum(['true', 'false']).default('false').transform((value) => value === 'true').describe('Share it with the customer at once (true) or keep it in the office (false, the default)'),
});

export const locationFileUpdateSchema = z.object({
  shared: z.boolean({ error: errorKey('validation.chooseOption') }).describe('Whether the customer sees it in the portal'),
});
export type LocationFileUpdate = z.infer<typeof locationFileUpdateSchema>;

/** A file as the customer sees it: no uploader, nothing about sharing (they only see shared ones). */
export const portalFileSchema = locationFileSchema.pick({ id: true, fileName: true, contentType: true, kind: true, sizeBytes: true, createdAt: true, url: true });
export type PortalFile = z.infer<typeof portalFileSchema>;
export const portalFileListSchema = z.object({ items: z.array(portalFileSchema).describe('A page of the files shared at this location, newest first'), nextCursor: nextCursorSchema });
export type PortalFileList = z.infer<typeof portalFileListSchema>;
