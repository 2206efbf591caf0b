import QRCode from 'qrcode';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../http/errors.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { contactVCard } from './contact-card.ts';
import { contactCardOf } from './customers.repository.ts';

export type QrFormat = 'png' | 'svg';

// Medium error correction survives a smudged print; a quiet zone of 2 modules is enough for phone cameras.
const qrOptions = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** A file name from the contact's name: letters, digits and dashes, never empty. */
function fileNameFor(name: string, format: QrFormat): string {
  const stem = name.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || 'contact';
  return `${stem}.${format}`;
}

/** A contact's details as a QR code a phone adds as a contact; another company's customer or contact is not found. */
export async function contactQrCode(ctx: AppContext, tenantId: TenantId, customerId: string, contactId: string, format: QrFormat): Promise<{ data: Buffer; fileName: string }> {
  const row = await contactCardOf(ctx.db, tenantId, customerId, contactId);
  if (!row) throw notFound('contact');
  const text = contactVCard({ name: row.name, organisation: row.customer_name, email: row.email, mobile: row.mobile, workPhone: row.phone, street: row.billing_address, city: row.city });
  const data = format === 'png' ? await QRCode.toBuffer(text, { ...qrOptions, type: 'png', width: 480 }) : Buffer.from(await QRCode.toString(text, { ...qrOptions, type: 'svg' }));
  return { data, fileName: fileNameFor(row.name, format) };
}
