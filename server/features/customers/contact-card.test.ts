import { describe, expect, it } from 'vitest';
import { contactVCard, escapeText, foldLine } from './contact-card.ts';

describe('contact vCard', () => {
  it('escapes backslashes, commas, semicolons and line breaks as the RFC says', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
    // The backslash is escaped first, so an escape added for a comma is not doubled.
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });

  it('writes exactly the card a phone reads: name, organisation, email, numbers and address', () => {
    const card = contactVCard({
      name: 'Ian Harbor, Jr.',
      organisation: 'Harborview Dental; Group \\ Main',
      email: 'ian@harborviewdental.example',
      mobile: '(503) 555-0101',
      workPhone: '(503) 555-0100',
      street: '1200 Harbor Road\nSuite 4, Floor 2',
      city: 'Portland',
    });
    expect(card).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Jr.;Ian Harbor\\,;;;',
        'FN:Ian Harbor\\, Jr.',
        'ORG:Harborview Dental\\; Group \\\\ Main',
        'EMAIL;TYPE=INTERNET:ian@harborviewdental.example',
        'TEL;TYPE=CELL:(503) 555-0101',
        'TEL;TYPE=WORK,VOICE:(503) 555-0100',
        'ADR;TYPE=WORK:;;1200 Harbor Road\\nSuite 4\\, Floor 2;Portland;;;',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves out what is not known', () => {
    const card = contactVCard({ name: 'Carla', organisation: 'Hollis Home', email: null, mobile: null, workPhone: null, street: null, city: null });
    expect(card).toBe('BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Carla;;;\r\nFN:Carla\r\nORG:Hollis Home\r\nEND:VCARD\r\n');
  });

  it('folds lines longer than 75 octets without cutting a character in two', () => {
    const line = `ORG:${'æ'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(2);
    expect(Buffer.byteLength(parts[0]!)).toBeLessThanOrEqual(75);
    expect(parts[1]!.startsWith(' ')).toBe(true);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('FN:Short')).toBe('FN:Short');
  });
});
