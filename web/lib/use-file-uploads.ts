import { useEffect, useRef, useState } from 'react';
import { maxAttachmentsPerMessage, type Attachment } from '../../shared/features/attachments/attachments.contract.ts';
import { useTranslation } from 'react-i18next';
import { ApiUnreachableError } from './api-client.ts';
import { errorMessage } from './error-message.ts';

export interface FileUpload {
  key: string;
  fileName: string;
  /** As the browser guessed it from the name; the server decides from the content. */
  contentType: string;
  isImage: boolean;
  /** A local preview of an image, shown while it uploads and afterwards. */
  previewUrl: string | null;
  /** `kept`: Porter could not be reached, and the form sends the file itself later. */
  status: 'uploading' | 'done' | 'failed' | 'kept';
  attachment: Attachment | null;
  file: File;
  error: string | null;
}

const imageTypes = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * Files picked for a message: each is uploaded the moment it is picked, so sending is quick and a refused
 * file says why at once, next to its name. Only finished uploads count towards what is sent. With
 * `keepWhenUnreachable` (the field app, where the signal comes and goes), a file that cannot reach
 * Porter is kept on the page instead of failing, for the form to send through its offline queue.
 */
export function useFileUploads(upload: (file: File) => Promise<Attachment>, max: number = maxAttachmentsPerMessage, { keepWhenUnreachable = false } = {}) {
  const { t } = useTranslation('app');
  const [items, setItems] = useState<FileUpload[]>([]);
  const nextKey = useRef(0);
  const previews = useRef(new Set<string>());

  useEffect(() => {
    const urls = previews.current;
    return () => {
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, []);

  function update(key: string, change: Partial<FileUpload>) {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  function add(files: File[]) {
    let room = max - items.filter((item) => item.status !== 'failed').length;
    const added: FileUpload[] = [];
    for (const file of files) {
      nextKey.current += 1;
      const key = `upload-${String(nextKey.current)}`;
      const isImage = imageTypes.includes(file.type);
      const previewUrl = isImage ? URL.createObjectURL(file) : null;
      if (previewUrl) previews.current.add(previewUrl);
      if (room <= 0) {
        added.push({ key, fileName: file.name, contentType: file.type, isImage, previewUrl, status: 'failed', attachment: null, file, error: t('files.tooMany', { max }) });
        continue;
      }
      room -= 1;
      added.push({ key, fileName: file.name, contentType: file.type, isImage, previewUrl, status: 'uploading', attachment: null, file, error: null });
      upload(file).then(
        (attachment) => { update(key, { status: 'done', attachment }); },
        (error: unknown) => {
          if (keepWhenUnreachable && error instanceof ApiUnreachableError) update(key, { status: 'kept' });
          else update(key, { status: 'failed', error: errorMessage(error) });
        },
      );
    }
    setItems((current) => [...current, ...added]);
  }

  function forget(item: FileUpload) {
    if (item.previewUrl) {
      URL.revokeObjectURL(item.previewUrl);
      previews.current.delete(item.previewUrl);
    }
  }

  function remove(key: string) {
    const item = items.find((candidate) => candidate.key === key);
    if (item) forget(item);
    setItems((current) => current.filter((candidate) => candidate.key !== key));
  }

  function clear() {
    items.forEach(forget);
    setItems([]);
  }

  const attachmentIds = items.flatMap((item) => (item.status === 'done' && item.attachment ? [item.attachment.id] : []));
  const uploading = items.some((item) => item.status === 'uploading');
  const kept = items.filter((item) => item.status === 'kept');
  return { items, add, remove, clear, attachmentIds, uploading, kept };
}

export type FileUploads = ReturnType<typeof useFileUploads>;
