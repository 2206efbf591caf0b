/** A photo or document sent with a write; IndexedDB keeps the Blob itself, so it survives a reload. */
export interface QueuedFile {
  blob: Blob;
  name: string;
}

/** What a write carries: a JSON body, or text fields and one file, sent as multipart/form-data. */
export type WriteContent = { body: Record<string, unknown>; file?: undefined } | { body: Record<string, string>; file: QueuedFile };

export type WriteMethod = 'POST' | 'PUT';

/** How a write goes over the wire: as JSON, or its fields and then its file as multipart/form-data. */
export function writeRequest(write: WriteContent & { method: WriteMethod }): { method: WriteMethod; body: Record<string, unknown> } | { method: WriteMethod; form: FormData } {
  if (write.file === undefined) return { method: write.method, body: write.body };
  const form = new FormData();
  for (const [name, value] of Object.entries(write.body)) form.append(name, value);
  // Fields first: the server reads them before the file, which it streams.
  form.append('file', write.file.blob, write.file.name);
  return { method: write.method, form };
}
