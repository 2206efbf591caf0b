/**
 * pdfkit's built-in Helvetica encodes WinAnsi only (every letter of English, Spanish and Danish);
 * anything else would print as a wrong glyph, so it prints as "?" instead.
 */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
export function printable(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => {
      const code = char.codePointAt(0)!;
      if (char === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char)) return char;
      return /\s/.test(char) ? ' ' : '?';
    })
    .join('');
}

const asciiLetters: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', ß: 'ss', œ: 'oe', Œ: 'OE' };

/** "Plan de limpieza – Clínica" as "plan-de-limpieza-clinica.pdf": a file name every browser and header keeps intact; `fallback` when nothing of the title is left. */
export function fileNameOf(title: string, fallback: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØæÆßœŒ]/g, (char) => asciiLetters[char] ?? char);
  const slug = ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${slug || fallback}.pdf`;
}

/** The whole document once pdfkit has written it; call before `doc.end()`. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => { resolve(Buffer.concat(chunks)); });
    doc.on('error', reject);
  });
}
