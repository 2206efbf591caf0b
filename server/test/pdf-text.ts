import { inflateSync } from 'node:zlib';

/**
 * The words a PDF shows, one line per text operation: every stream inflated (pdfkit compresses
 * them), then the hex strings of each TJ array joined. Helvetica's WinAnsi bytes read as Latin-1
 * for every letter the tests use.
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const content of pdfStreams(pdf)) {
    for (const operation of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ/g)) {
      lines.push([...operation[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}

/**
 * Each stream's bytes, cut at the length its dictionary declares. Searching for the end marker
 * instead lost the last byte of a compressed stream that happened to end in a carriage return
 * (one stream in 256), and the whole page then read as empty.
 */
function* pdfStreams(pdf: Buffer): Generator<string> {
  const text = pdf.toString('latin1');
  for (const stream of text.matchAll(/\/Length (\d+)[^>]*>>\s*stream\r?\n/g)) {
    const start = stream.index + stream[0].length;
    const bytes = pdf.subarray(start, start + Number(stream[1]));
    try {
      yield inflateSync(bytes).toString('latin1');
    } catch {
      yield bytes.toString('latin1');
    }
  }
}
