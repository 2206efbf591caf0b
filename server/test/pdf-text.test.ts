import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';

function pdfWith(content: string): Buffer {
  const compressed = deflateSync(Buffer.from(content, 'latin1'));
  return Buffer.concat([
    Buffer.from(`%PDF-1.3\n1 0 obj\n<<\n/Length ${compressed.length}\n/Filter /FlateDecode\n>>\nstream\n`, 'latin1'),
    compressed,
    Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);
}

function textOperation(words: string): string {
  return `BT [<${Buffer.from(words, 'latin1').toString('hex')}> 0] TJ ET`;
}

describe('pdfText', () => {
  it('reads the words of a compressed stream', () => {
    expect(pdfText(pdfWith(textOperation('INV-2026-0001')))).toBe('INV-2026-0001');
  });

  it('reads a stream whose compressed bytes end in a carriage return', () => {
    // The checksum's last byte decides the stream's last byte; look for words that make it \r.
    const words = Array.from({ length: 5000 }, (_, n) => `Invoice ${n}`)
      .find((candidate) => deflateSync(Buffer.from(textOperation(candidate), 'latin1')).at(-1) === 0x0d)!;
    expect(words).toBeDefined();
    expect(pdfText(pdfWith(textOperation(words)))).toBe(words);
  });
});
