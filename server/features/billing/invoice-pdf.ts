import type { ParseKeys } from 'i18next';
import PDFDocument from 'pdfkit';
import { taxRatePercent } from '../../../shared/features/billing/document-math.ts';
import { formatDate } from '../../../shared/i18n/format.ts';
import { numberFormat } from '../../../shared/i18n/intl.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { formatMoney } from '../../../shared/i18n/money.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { fileNameOf, pdfBytes, printable } from '../../lib/pdf.ts';
import { tenantIdOf } from '../../platform/tenants/tenant-id.ts';
import * as ledger from './ledger.ts';

const margin = 50;

/** Where each column of the lines table starts and how wide it is, as parts of the page's width. */
const columns = [
  { key: 'description', share: 0.34, align: 'left' },
  { key: 'quantity', share: 0.1, align: 'right' },
  { key: 'unitPrice', share: 0.14, align: 'right' },
  { key: 'discount', share: 0.13, align: 'right' },
  { key: 'tax', share: 0.14, align: 'right' },
  { key: 'net', share: 0.15, align: 'right' },
] as const;

/**
 * An invoice (or credit note) as a PDF, in `language`: the company's name, logo and colour, who it
 * is billed to, its number and dates, each line with quantity, unit price, discount, tax and net,
 * the totals, what was paid and what is due, and PAID or VOID across it when it is. The figures are
 * the stored ones and the ledger's, as on every screen. A draft prints too (the office's preview);
 * the portal never asks for one.
 */
export async function invoicePdf(db: Executor, tenant: Tenant, invoiceId: string, language: Language, options: { logo?: Buffer | null } = {}): Promise<{ data: Buffer; fileName: string }> {
  const tenantId = tenantIdOf(tenant);
  const invoice = await db.selectFrom('invoices').selectAll().where('tenant_id', '=', tenantId).where('id', '=', invoiceId).executeTakeFirst();
  if (!invoice) throw notFound('invoice');
  const [lines, customer, paidMap] = await Promise.all([
    db.selectFrom('invoice_lines').selectAll().where('tenant_id', '=', tenantId).where('invoice_id', '=', invoiceId).orderBy('position').execute(),
    db.selectFrom('customers').select(['name', 'billing_address', 'city']).where('tenant_id', '=', tenantId).where('id', '=', invoice.customer_id).executeTakeFirstOrThrow(),
    ledger.paidTowards(db, tenantId, [invoiceId]),
  ]);
  const paid = paidMap.get(invoiceId) ?? 0;
  const owed = invoice.status === 'sent' || invoice.status === 'partly_paid';
  const due = owed ? Math.max(0, invoice.total - paid) : 0;

  const t = translator(language);
  const words = (key: ParseKeys<'portalBilling'>, values: Record<string, string | number> = {}) => printable(t(key, { ns: 'portalBilling', ...values }));
  const money = (minor: number) => printable(formatMoney(minor, invoice.currency, language));
  const day = (date: string | null) => (date ? printable(formatDate(date, { locale: language, zone: 'UTC' })) : '');
  const number = invoice.number ?? words('pdf.draft');
  const title = invoice.kind === 'credit_note' ? words('pdf.creditNote') : words('pdf.invoice');

  const doc = new PDFDocument({ size: 'A4', margin, lang: language, info: { Title: `${title} ${number}`, Author: printable(tenant.name) } });
  const done = pdfBytes(doc);
  const width = doc.page.width - margin * 2;
  const brand = tenant.brand_color;

  // PAID or VOID across the first page, in the company's colour, faint, under what is written over it.
  const stamp = invoice.status === 'paid' ? words('pdf.stampPaid') : invoice.status === 'void' ? words('pdf.stampVoid') : null;
  if (stamp) {
    doc.save();
    doc.rotate(-20, { origin: [doc.page.width / 2, 330] });
    doc.font('Helvetica-Bold').fontSize(72).fillColor(invoice.status === 'void' ? '#b00020' : brand).fillOpacity(0.25);
    doc.text(stamp, margin, 290, { width, align: 'center', lineBreak: false });
    doc.restore();
    doc.x = margin;
    doc.y = margin;
  }

  // The company, its logo at the right.
  const top = doc.y;
  if (options.logo) {
    try {
      doc.image(options.logo, margin + width - 120, top, { fit: [120, 60], align: 'right' });
    } catch {
      // A logo pdfkit cannot read is left out rather than failing the invoice.
    }
  }
  doc.font('Helvetica-Bold').fontSize(14).fillColor('#111111').text(printable(tenant.name), margin, top, { width: width - 140 });
  doc.y = Math.max(doc.y, top + 64);
  doc.moveTo(margin, doc.y).lineTo(margin + width, doc.y).lineWidth(2).strokeColor(brand).stroke();
  doc.moveDown(1);

  // Heading and the invoice's facts on the left; billed to on the right.
  const factsTop = doc.y;
  doc.font('Helvetica-Bold').fontSize(22).fillColor('#111111').text(title, margin, factsTop);
  doc.font('Helvetica-Bold').fontSize(12).text(printable(number));
  doc.moveDown(0.4);
  doc.font('Helvetica').fontSize(10).fillColor('#333333');
  if (invoice.issue_date) doc.text(words('pdf.issued', { date: day(invoice.issue_date) }));
  if (invoice.due_date && invoice.kind === 'invoice') doc.text(words('pdf.dueOn', { date: day(invoice.due_date) }));
  if (invoice.period_start && invoice.period_end) doc.text(words('pdf.period', { from: day(invoice.period_start), to: day(invoice.period_end) }));
  const leftBottom = doc.y;
  const billX = margin + width / 2 + 20;
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#666666').text(words('pdf.billTo'), billX, factsTop + 4, { width: width / 2 - 20 });
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#111111').text(printable(customer.name), { width: width / 2 - 20 });
  doc.font('Helvetica').fontSize(10).fillColor('#333333');
  if (customer.billing_address) doc.text(printable(customer.billing_address), { width: width / 2 - 20 });
  if (customer.city) doc.text(printable(customer.city), { width: width / 2 - 20 });
  doc.y = Math.max(leftBottom, doc.y) + 20;

  // The lines.
  const xs = columns.reduce<number[]>((starts, column, index) => [...starts, index === 0 ? margin : starts[index - 1]! + columns[index - 1]!.share * width], []);
  const row = (cells: string[], options: { bold?: boolean; color?: string } = {}) => {
    doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5).fillColor(options.color ?? '#111111');
    const heights = cells.map((cell, index) => doc.heightOfString(cell, { width: columns[index]!.share * width - 6 }));
    const height = Math.max(...heights);
    if (doc.y + height > doc.page.height - margin) doc.addPage();
    const y = doc.y;
    cells.forEach((cell, index) => doc.text(cell, xs[index]!, y, { width: columns[index]!.share * width - 6, align: columns[index]!.align }));
    doc.y = y + height + 5;
  };
  row(columns.map((column) => words(`pdf.columns.${column.key}`)), { bold: true, color: '#444444' });
  doc.moveTo(margin, doc.y - 2).lineTo(margin + width, doc.y - 2).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.y += 3;
  const quantity = numberFormat(language, { maximumFractionDigits: 2 });
  const percent = numberFormat(language, { maximumFractionDigits: 2 });
  for (const line of lines) {
    const tax = line.tax_rate > 0 ? `${money(line.tax)} (${printable(percent.format(taxRatePercent(line.tax_rate)))}%)` : money(line.tax);
    row([printable(line.description), printable(quantity.format(line.quantity / 100)), money(line.unit_price), line.discount > 0 ? money(line.discount) : '', tax, money(line.net)]);
  }
  doc.moveTo(margin, doc.y).lineTo(margin + width, doc.y).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.moveDown(0.8);

  // The totals, right-aligned.
  const labelX = margin + width * 0.45;
  const labelWidth = width * 0.3;
  const valueX = labelX + labelWidth;
  const valueWidth = width - (valueX - margin);
  const total = (label: string, value: string, bold = false) => {
    if (doc.y + 18 > doc.page.height - margin) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 12 : 10).fillColor('#111111');
    doc.text(label, labelX, y, { width: labelWidth, align: 'right' });
    doc.text(value, valueX, y, { width: valueWidth, align: 'right' });
    doc.y = Math.max(doc.y, y + (bold ? 16 : 14));
  };
  total(words('pdf.subtotal'), money(invoice.subtotal));
  if (invoice.discount_total > 0) total(words('pdf.discount'), `-${money(invoice.discount_total)}`);
  total(words('pdf.tax'), money(invoice.tax_total));
  total(words('pdf.total'), money(invoice.total), true);
  if (invoice.kind === 'invoice' && invoice.status !== 'draft') {
    total(words('pdf.paid'), money(paid));
    total(words('pdf.due'), money(due), true);
  }

  if (invoice.notes) {
    doc.moveDown(1.2);
    doc.font('Helvetica').fontSize(10).fillColor('#333333').text(printable(invoice.notes), margin, doc.y, { width });
  }

  doc.end();
  // INV-2026-0001.pdf: the number as it is printed; anything else through the safe-name rule.
  const fileName = invoice.number && /^[A-Z0-9-]{1,40}$/.test(invoice.number) ? `${invoice.number}.pdf` : fileNameOf(`${title} ${invoice.number ?? ''}`, 'invoice');
  return { data: await done, fileName };
}
