import type { FastifyRequest } from 'fastify';
import { AppError, message, parseFields } from './errors.ts';

type FieldsSchema<T> = Parameters<typeof parseFields<T>>[0];

/**
 * A multipart form of text fields then one file in `file`, as the field app's queue sends it: the
 * fields are checked as a route's schema would check them, naming the field at fault.
 */
export async function readFileForm<T>(request: FastifyRequest, maxBytes: number, schema: FieldsSchema<T>): Promise<{ fields: T; upload: { fileName: string; data: Buffer } }> {
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file || file.fieldname !== 'file') throw new AppError('validation_failed', message('attachments.fileField'), { file: message('attachments.chooseFile') });
  const raw = Object.fromEntries(Object.entries(file.fields).flatMap(([name, field]) => (field && !Array.isArray(field) && field.type === 'field' ? [[name, String(field.value)]] : [])));
  const data = await file.toBuffer();
  return { fields: parseFields(schema, raw), upload: { fileName: file.filename, data } };
}
