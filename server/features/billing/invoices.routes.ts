import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { billingSettingsSchema } from '../../../shared/features/billing/billing-settings.contract.ts';
import { billingPolicy } from '../../../shared/features/billing/billing.policy.ts';
import { taxRateInputSchema, taxRateListSchema, taxRateSchema } from '../../../shared/features/billing/document-lines.contract.ts';
import {
  applyCreditSchema,
  creditNoteInputSchema,
  customerBillingSchema,
  fromVisitsResultSchema,
  fromVisitsSchema,
  invoiceInputSchema,
  invoiceListSchema,
  invoiceQuerySchema,
  invoiceSchema,
  invoiceUpdateSchema,
  manualPaymentSchema,
  sendResultSchema,
  voidSchema,
} from '../../../shared/features/billing/invoices.contract.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import * as settings from './billing-settings.service.ts';
import * as invoices from './invoices.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const customerParams = z.object({ customerId: z.string().min(1).max(64) });

export function registerInvoiceRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Invoices'];

  // ── Settings ──
  app.get('/api/office/billing/tax-rates', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'The company’s tax rates: active first, then by name', response: { 200: taxRateListSchema, ...errorResponses } },
  }, async (request) => settings.listTaxRates(ctx.db, staffActor(request).tenantId));

  app.post('/api/office/billing/tax-rates', { config: { policy: billingPolicy.configure },
    schema: { tags, summary: 'Add a tax rate', body: taxRateInputSchema, response: { 201: taxRateSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await settings.createTaxRate(ctx.db, staffActor(request).tenantId, request.body, ctx.now())));

  app.put('/api/office/billing/tax-rates/:id', { config: { policy: billingPolicy.configure },
    schema: { tags, summary: 'Change a tax rate; lines already written keep the rate they were written with', params: idParams, body: taxRateInputSchema, response: { 200: taxRateSchema, ...errorResponses } },
  }, async (request) => settings.updateTaxRate(ctx.db, staffActor(request).tenantId, request.params.id, request.body));

  app.get('/api/office/settings/billing', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'How visits are grouped into invoices and the days until an invoice is due', response: { 200: billingSettingsSchema, ...errorResponses } },
  }, async (request) => settings.billingSettings(ctx.db, staffActor(request).tenantId));

  app.put('/api/office/settings/billing', { config: { policy: billingPolicy.configure },
    schema: { tags, summary: 'Change invoice grouping and due days (for invoices sent from now on)', body: billingSettingsSchema, response: { 200: billingSettingsSchema, ...errorResponses } },
  }, async (request) => settings.saveBillingSettings(ctx.db, staffActor(request).tenantId, request.body));

  // ── Invoices ──
  app.get('/api/office/invoices', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'A page of invoices in due-date order, with count, total and amount due over the whole filter', querystring: invoiceQuerySchema, response: { 200: invoiceListSchema, ...errorResponses } },
  }, async (request) => invoices.listInvoices(ctx, staffActor(request).tenantId, request.query));

  app.post('/api/office/invoices/from-visits', { config: { policy: billingPolicy.manage },
    schema: {
      tags,
      summary: 'Draft invoices for completed visits not yet invoiced that ended in the dates: one per visit or one per customer, as the company chose',
      body: fromVisitsSchema,
      response: { 200: fromVisitsResultSchema, ...errorResponses },
    },
  }, async (request) => invoices.invoiceVisits(ctx, staffActor(request), request.body));

  app.post('/api/office/invoices', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Write a draft invoice by hand; it starts with the customer’s default tip', body: invoiceInputSchema, response: { 201: invoiceSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await invoices.createInvoice(ctx, staffActor(request), request.body)));

  app.get('/api/office/invoices/:id', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'An invoice or credit note with its lines, visits, credit notes and ledger entries', params: idParams, response: { 200: invoiceSchema, ...errorResponses } },
  }, async (request) => invoices.invoiceDetail(ctx, await requireTenant(ctx.db, staffActor(request).tenantId), request.params.id));

  app.put('/api/office/invoices/:id', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Change a draft; a sent invoice is never edited (409: write a credit note)', params: idParams, body: invoiceUpdateSchema, response: { 200: invoiceSchema, ...errorResponses } },
  }, async (request) => invoices.updateInvoice(ctx, staffActor(request), request.params.id, request.body));

  app.delete('/api/office/invoices/:id', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Delete a draft; its visits can be invoiced again', params: idParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await invoices.deleteInvoice(ctx, staffActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/office/invoices/:id/send', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Number, date and send a draft, emailing the customer’s billing contacts', params: idParams, response: { 200: sendResultSchema, ...errorResponses } },
  }, async (request) => invoices.sendInvoice(ctx, staffActor(request), request.params.id));

  app.post('/api/office/invoices/:id/void', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Void a sent invoice with nothing paid; its visits can be invoiced again', params: idParams, body: voidSchema, response: { 200: invoiceSchema, ...errorResponses } },
  }, async (request) => invoices.voidInvoice(ctx, staffActor(request), request.params.id, request.body.reason));

  app.post('/api/office/invoices/:id/credit-notes', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Correct a sent invoice with a credit note of at most what it still owes; answers the credit note', params: idParams, body: creditNoteInputSchema, response: { 201: invoiceSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await invoices.writeCreditNote(ctx, staffActor(request), request.params.id, request.body)));

  app.post('/api/office/invoices/:id/payments', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Record a payment taken by hand (cash, cheque, bank transfer) of at most what the invoice owes', params: idParams, body: manualPaymentSchema, response: { 201: invoiceSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await invoices.recordPayment(ctx, staffActor(request), request.params.id, request.body)));

  app.post('/api/office/customers/:customerId/credit/apply', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Spend the customer’s credit on one of their invoices', params: customerParams, body: applyCreditSchema, response: { 200: invoiceSchema, ...errorResponses } },
  }, async (request) => invoices.applyCredit(ctx, staffActor(request), request.params.customerId, request.body));

  app.get('/api/office/customers/:customerId/billing', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'A customer’s open balance, credit and latest invoices', params: customerParams, response: { 200: customerBillingSchema, ...errorResponses } },
  }, async (request) => invoices.customerBilling(ctx, staffActor(request).tenantId, request.params.customerId));
}
