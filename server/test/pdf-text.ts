import { inflateSync } from 'node:zlib';

/**
 * The words a PDF shows, one line per text operation: every stream inflated (pdfkit compresses
 * them), then the hex strings of each TJ array joined. Helvetica's WinAnsi bytes read as Latin-1
 * for every letter the tests use.
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const stream of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream[1]!, 'latin1')).toString('latin1');
    } catch {
      content = stream[1]!;
    }
    for (const operation of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ/g)) {
      lines.push([...operation[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}
