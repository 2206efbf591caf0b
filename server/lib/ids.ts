import { randomBytes } from 'node:crypto';

let lastMillisecond = -1;
let counter = 0;

/**
 * UUIDv7: time-ordered, so new rows land at the end of primary-key indexes instead of
 * scattering across them, and ids sort by creation. Ids made in the same millisecond count up
 * in the 12 bits after the version (RFC 9562's counter, from a random start below half), so a
 * payment and its tip written together still read back in the order they were written.
 */
export function newId(now = Date.now()): string {
  const bytes = randomBytes(16);
  if (now === lastMillisecond) {
    counter = Math.min(counter + 1, 0xfff);
  } else {
    lastMillisecond = now;
    counter = bytes.readUInt16BE(6) & 0x7ff;
  }
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
