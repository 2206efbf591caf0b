import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { storedFileTypes, type StoredFileKind, type StoredFileType } from '../../../shared/features/files/files.contract.ts';
import type { AppContext } from '../../context.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { sendStoredStream } from '../../http/files.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../tenants/tenant-id.ts';
import { detectContentType, reencodeInTurn, safeFileName } from './attachments.ts';

/** A file kept in the store for a location or a customer's resources. */
export type StoredFile = { fileName: string; contentType: StoredFileType; kind: StoredFileKind; sizeBytes: number; storageKey: string };

const headBytes = 4096;
const megabyte = 1024 * 1024;
const mp4Brands = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'dash', 'mmp4', 'MSNV', '3gp4', '3gp5', '3gp6']);
const openDocumentTypes = new Set<string>(['application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.presentation']);
const officeFolders: [string, StoredFileType][] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];
// Control characters no text file holds (tab, line feed and carriage return are fine).
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they mark a binary file
const binaryControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * What the bytes of an upload are, by content: the name only tells a CSV from other text. Office
 * files are ZIP archives told apart by what they hold, so the whole file is at hand on disk.
 */
export async function detectStoredFileType(file: { path: string; head: Buffer; isText: boolean; name: string }): Promise<StoredFileType | null> {
  const { head } = file;
  const picture = detectContentType(head);
  if (picture) return picture;
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') {
    const brand = head.subarray(8, 12).toString('latin1');
    if (brand === 'qt  ') return 'video/quicktime';
    return mp4Brands.has(brand) ? 'video/mp4' : null;
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return head.subarray(0, 64).includes('webm', 0, 'latin1') ? 'video/webm' : null;
  if (head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') return officeTypeOf(file.path, head);
  if (file.isText) return /\.csv$/i.test(file.name) ? 'text/csv' : 'text/plain';
  return null;
}

async function officeTypeOf(filePath: string, head: Buffer): Promise<StoredFileType | null> {
  // OpenDocument files start with an uncompressed entry named "mimetype" holding their type.
  if (head.subarray(30, 38).toString('latin1') === 'mimetype') {
    const length = head.readUInt32LE(18);
    const type = head.subarray(38, 38 + length).toString('latin1');
    return openDocumentTypes.has(type) ? (type as StoredFileType) : null;
  }
  const names = await zipEntryNames(filePath);
  if (!names.includes('[Content_Types].xml')) return null;
  return officeFolders.find(([folder]) => names.some((name) => name.startsWith(folder)))?.[1] ?? null;
}

/** The entry names in a ZIP's central directory, read from the end of the file; none when it is not a readable ZIP. */
export async function zipEntryNames(filePath: string): Promise<string[]> {
  const handle = await open(filePath);
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length) return [];
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    // An Office file's directory is a few kilobytes; a larger one is no document of ours.
    if (directorySize > 4 * 1024 * 1024 || directoryOffset + directorySize > size) return [];
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const names: string[] = [];
    for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50; ) {
      const nameLength = directory.readUInt16LE(at + 28);
      names.push(directory.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return names;
  } finally {
    await handle.close();
  }
}

/** Watches an upload go by: keeps its first bytes and whether it is all readable text, counting its size. */
function inspector() {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const seen = { head: Buffer.alloc(0), size: 0, isText: true };
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen.size += chunk.length;
      if (seen.head.length < headBytes) seen.head = Buffer.concat([seen.head, chunk.subarray(0, headBytes - seen.head.length)]);
      if (seen.isText) {
        try {
          if (binaryControl.test(decoder.decode(chunk, { stream: true }))) seen.isText = false;
        } catch {
          seen.isText = false;
        }
      }
      done(null, chunk);
    },
    flush(done) {
      try {
        decoder.decode();
      } catch {
        seen.isText = false;
      }
      done();
    },
  });
  return { transform, seen };
}

const megabytes = (bytes: number) => Math.round(bytes / megabyte);

function tooLarge(fileName: string, maxBytes: number) {
  return new AppError('validation_failed', message('files.tooLarge', { file: fileName, megabytes: megabytes(maxBytes) }), { file: message('files.tooLargeField', { megabytes: megabytes(maxBytes) }) });
}

/** The company's upload size limit in bytes: the most a location file or a resource may be. */
export async function companyUploadLimitBytes(db: Executor, tenantId: TenantId): Promise<number> {
  const row = await db.selectFrom('tenants').select('file_upload_limit_mb').where('id', '=', tenantId).executeTakeFirstOrThrow();
  return row.file_upload_limit_mb * megabyte;
}

/**
 * Receives a multipart form of text fields then one file in `file`, streaming the file to disk
 * (a video never sits whole in memory), checks its type by content and its size against
 * the company's limit, and moves it into the file store under `keyPrefix`. Images are re-encoded, so no
 * metadata (EXIF, GPS) survives. The caller writes the row; on failure nothing is left behind.
 */
export async function receiveStoredFile(ctx: AppContext, request: FastifyRequest, tenantId: TenantId, keyPrefix: string): Promise<{ fields: Record<string, string>; file: StoredFile }> {
  const maxBytes = await companyUploadLimitBytes(ctx.db, tenantId);
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part || part.fieldname !== 'file') throw new AppError('validation_failed', message('attachments.fileField'), { file: message('attachments.chooseFile') });
  const fields = Object.fromEntries(Object.entries(part.fields).flatMap(([name, field]) => (field && !Array.isArray(field) && field.type === 'field' ? [[name, String(field.value)]] : [])));
  const incoming = path.join(ctx.config.dataDir, 'incoming');
  await mkdir(incoming, { recursive: true });
  const temporary = path.join(incoming, `${newId()}-${randomBytes(4).toString('hex')}`);
  try {
    const { transform, seen } = inspector();
    await pipeline(part.file, transform, createWriteStream(temporary));
    if (part.file.truncated) throw tooLarge(part.filename, maxBytes);
    if (seen.size === 0) throw new AppError('validation_failed', message('files.empty'), { file: message('files.emptyField') });
    const type = await detectStoredFileType({ path: temporary, head: seen.head, isText: seen.isText, name: part.filename });
    if (!type) throw new AppError('validation_failed', message('files.wrongType'), { file: message('files.wrongTypeField') });
    const { kind, extension } = storedFileTypes[type];
    const fileName = safeFileName(part.filename, extension);
    const storageKey = `${keyPrefix}/${newId()}`;
    if (type === 'image/jpeg' || type === 'image/png' || type === 'image/webp') {
      // Photos are at most the upload limit and a bounded number of pixels, so this one is read whole.
      const { full } = await reencodeInTurn(await readFile(temporary), type, fileName);
      await ctx.files.put(storageKey, full);
      return { fields, file: { fileName, contentType: type, kind, sizeBytes: full.length, storageKey } };
    }
    await ctx.files.putFile(storageKey, temporary, seen.size);
    return { fields, file: { fileName, contentType: type, kind, sizeBytes: seen.size, storageKey } };
  } finally {
    await rm(temporary, { force: true });
  }
}

/** The content type a stored file is served with: text says its character set. */
function servedContentType(contentType: string): string {
  return contentType.startsWith('text/') ? `${contentType}; charset=utf-8` : contentType;
}

/**
 * Streams a stored file to someone allowed to read it, with the safe headers: a download, except
 * an image, which may show in the page.
 */
export async function sendFromStore(ctx: AppContext, reply: FastifyReply, row: { storage_key: string; content_type: string; file_name: string }): Promise<FastifyReply> {
  const stored = await ctx.files.openRead(row.storage_key);
  if (!stored) throw notFound('file');
  const image = row.content_type in storedFileTypes && storedFileTypes[row.content_type as StoredFileType].kind === 'image';
  return sendStoredStream(reply, { ...stored, contentType: servedContentType(row.content_type), fileName: row.file_name, inline: image });
}
