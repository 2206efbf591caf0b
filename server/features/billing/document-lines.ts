import type { z } from 'zod';
import { documentTotals, lineFigures, type DocumentTotals } from '../../../shared/features/billing/document-math.ts';
import type { linesInputSchema } from '../../../shared/features/billing/document-lines.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { DocumentLineColumns } from '../../db/schema.ts';
import { invalidFields, message } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

type LinesInput = z.output<typeof linesInputSchema>;

/** A line ready to store on an invoice or a quote (add its invoice_id or quote_id). */
export type PricedLine = Omit<DocumentLineColumns, 'discount' | 'tax_rate'> & { discount: number; tax_rate: number };

/**
 * Works out lines as written by the office: each tax rate must be one of the company's (an
 * inactive one only if `keepRateIds` holds it: a draft keeps what it was written with), the
 * discount never more than the line, and the figures come from the shared arithmetic. A refused
 * line is named by its place: `lines.2.taxRateId`.
 */
export async function priceLines(db: Executor, tenantId: TenantId, lines: LinesInput, keepRateIds: ReadonlySet<string> = new Set()): Promise<{ rows: PricedLine[]; totals: DocumentTotals }> {
  const rateIds = [...new Set(lines.flatMap((line) => (line.taxRateId ? [line.taxRateId] : [])))];
  const rates = rateIds.length === 0 ? [] : await db.selectFrom('tax_rates').select(['id', 'name', 'rate', 'active']).where('tenant_id', '=', tenantId).where('id', 'in', rateIds).execute();
  const rateById = new Map(rates.map((rate) => [rate.id, rate]));
  const problems: Record<string, ReturnType<typeof message>> = {};
  const rows = lines.map((line, position): PricedLine => {
    const rate = line.taxRateId ? rateById.get(line.taxRateId) : undefined;
    if (line.taxRateId && (!rate || (!rate.active && !keepRateIds.has(rate.id)))) problems[`lines.${position}.taxRateId`] = message('validation.chooseOption');
    const gross = lineFigures({ quantity: line.quantity, unitPrice: line.unitPrice, discount: 0, taxRate: 0 }).gross;
    if (line.discount > gross) problems[`lines.${position}.discount`] = message('validation.atMost', { maximum: gross });
    const figures = lineFigures({ quantity: line.quantity, unitPrice: line.unitPrice, discount: line.discount, taxRate: rate?.rate ?? 0 });
    return {
      id: newId(),
      tenant_id: tenantId,
      position,
      description: line.description,
      quantity: line.quantity,
      unit_price: line.unitPrice,
      discount: line.discount,
      tax_rate_id: rate?.id ?? null,
      tax_rate: rate?.rate ?? 0,
      tax_name: rate?.name ?? null,
      net: figures.net,
      tax: figures.tax,
    };
  });
  if (Object.keys(problems).length > 0) throw invalidFields(problems);
  const totals = documentTotals(rows.map((row) => ({ quantity: row.quantity, unitPrice: row.unit_price, discount: row.discount, taxRate: row.tax_rate })));
  return { rows, totals };
}

/** A stored line as the contracts show it. */
export function toLine(row: Omit<PricedLine, 'tenant_id' | 'position'>) {
  return {
    id: row.id,
    description: row.description,
    quantity: row.quantity,
    unitPrice: row.unit_price,
    discount: row.discount,
    taxRateId: row.tax_rate_id,
    taxRate: row.tax_rate,
    taxName: row.tax_name,
    net: row.net,
    tax: row.tax,
  };
}

/** Document totals as stored columns. */
export function totalColumns(totals: DocumentTotals) {
  return { subtotal: totals.subtotal, discount_total: totals.discountTotal, tax_total: totals.taxTotal, total: totals.total };
}
