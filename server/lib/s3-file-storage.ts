import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileStoreConfig } from '../config/config.ts';
import { checkStorageKey, type FileStorage } from './file-storage.ts';

type S3Config = Extract<FileStoreConfig, { kind: 's3' }>;

/** Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2…), seen alike by every instance. */
export function s3FileStorage(config: S3Config): FileStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Checksums only where S3 demands them: many S3-compatible stores reject the newer
    // checksum headers the SDK would otherwise add to every request.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = config.bucket;
  return {
    async put(key, data) {
      await client.send(new PutObjectCommand({ Bucket, Key: checkStorageKey(key), Body: data, ContentLength: data.length }));
    },
    async putFile(key, sourcePath, size) {
      // The length is known from the file, so S3 takes the stream in one PUT without buffering it.
      await client.send(new PutObjectCommand({ Bucket, Key: checkStorageKey(key), Body: createReadStream(sourcePath), ContentLength: size }));
    },
    async openRead(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: checkStorageKey(key) }));
        if (!(object.Body instanceof Readable)) return null;
        return { stream: object.Body, size: object.ContentLength ?? 0 };
      } catch (err) {
        if (err instanceof NoSuchKey) return null;
        throw err;
      }
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: checkStorageKey(key) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
      } catch (err) {
        if (err instanceof NoSuchKey) return null;
        throw err;
      }
    },
    async remove(key) {
      // S3 answers a delete of a missing key with success, as the folder store does.
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkStorageKey(key) }));
    },
  };
}
