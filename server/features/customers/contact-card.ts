/**
 * A contact person as a vCard 3.0 (RFC 2426), the text a phone reads from a QR code to add a
 * contact. Only what Porter knows is written: name, the customer as organisation, email, mobile,
 * the customer's phone and billing address.
 */
export type ContactCard = {
  name: string;
  organisation: string;
  email: string | null;
  mobile: string | null;
  /** The customer's main phone, as the contact's work number. */
  workPhone: string | null;
  /** The customer's billing address, one or more lines, and its city. */
  street: string | null;
  city: string | null;
};

/**
 * A text value with the characters vCard gives a meaning escaped (RFC 2426 §4, RFC 6350 §3.4):
 * backslash first, so the escapes added after it are not doubled; every kind of line break becomes `\n`.
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A line folded to at most 75 octets, continuation lines starting with a space (RFC 2426 §2.6):
 * cut between characters, never inside one, so a name in any script stays valid UTF-8.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // The first line holds 75 octets; the rest 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Family and given names for the N property, which vCard 3.0 requires: Porter keeps one name, so
 * its last word is taken as the family name and the rest as given names. FN keeps the name whole,
 * and that is what phones show.
 */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  return [family, words.join(' '), '', '', ''].map(escapeText).join(';');
}

/** The vCard's text, lines ending in CRLF as the RFC asks. */
export function contactVCard(card: ContactCard): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${structuredName(card.name)}`, `FN:${escapeText(card.name)}`, `ORG:${escapeText(card.organisation)}`];
  if (card.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(card.email)}`);
  if (card.mobile) lines.push(`TEL;TYPE=CELL:${escapeText(card.mobile)}`);
  if (card.workPhone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(card.workPhone)}`);
  // ADR: post office box; extended address; street; locality; region; postal code; country.
  if (card.street || card.city) lines.push(`ADR;TYPE=WORK:;;${escapeText(card.street ?? '')};${escapeText(card.city ?? '')};;;`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
