import { describe, expect, it } from 'vitest';
import { writeRequest, type WriteContent } from './write-content.ts';

describe('writeRequest', () => {
  it('sends a write with a file as multipart form data: its fields first, then the file as `file`', async () => {
    const write: WriteContent & { method: 'POST' } = { method: 'POST', body: { clientId: 'photo-0001', kind: 'before' }, file: { blob: new Blob(['jpeg bytes'], { type: 'image/jpeg' }), name: 'sink.jpg' } };
    const request = writeRequest(write);
    if (!('form' in request)) throw new Error('expected a form');
    expect([...request.form.keys()]).toEqual(['clientId', 'kind', 'file']);
    expect(request.form.get('kind')).toBe('before');
    const file = request.form.get('file') as File;
    expect({ name: file.name, type: file.type, text: await file.text() }).toEqual({ name: 'sink.jpg', type: 'image/jpeg', text: 'jpeg bytes' });
  });

  it('sends a write without one as JSON', () => {
    expect(writeRequest({ method: 'POST', body: { clientId: 'in-0001', at: '2026-03-02T09:00:00.000Z' } })).toEqual({ method: 'POST', body: { clientId: 'in-0001', at: '2026-03-02T09:00:00.000Z' } });
  });
});
