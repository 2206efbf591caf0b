import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { supplyOrderStatuses } from './supplies.values.ts';

export { supplyOrderStatuses };
export const supplyOrderStatusSchema = z.enum(supplyOrderStatuses);
export type SupplyOrderStatus = z.infer<typeof supplyOrderStatusSchema>;
/** More than this many of one product in one order is refused as a likely typing mistake. */
export const maxQuantityPerLine = 500;

export const supplyProductInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterProductName')).max(120, errorKey('validation.tooLong')),
  unit: z.string().trim().min(1, errorKey('validation.enterUnit')).max(60, errorKey('validation.tooLong')),
  sku: z
    .string()
    .trim()
    .max(60)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  imageAttachmentId: z.string().min(1).nullable().optional().describe('An image uploaded through the office attachments route'),
  active: z.boolean().default(true),
});
export type SupplyProductInput = z.input<typeof supplyProductInputSchema>;

export const supplyProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  sku: z.string().nullable(),
  imageUrl: z.string().nullable(),
  active: z.boolean(),
});
export type SupplyProduct = z.infer<typeof supplyProductSchema>;
export const supplyProductListSchema = z.object({ items: z.array(supplyProductSchema) });

/** More than this is no longer a choice: leave the list empty to offer the whole catalogue. */
export const maxChosenProducts = 500;

export const customerProductsSchema = z.object({
  productIds: z.array(z.string()).describe('Products this customer may order; empty means the whole active catalogue'),
});

export const chooseProductsSchema = z.object({
  productIds: z
    .array(z.string().min(1).max(64))
    .max(maxChosenProducts, errorKey('validation.chooseAtMostProducts'))
    .describe('Products this customer may order; empty means the whole active catalogue'),
});

export const createSupplyOrderSchema = z.object({
  locationId: z.string().min(1, errorKey('validation.chooseLocation')),
  lines: z
    .array(
      z.object({
        productId: z.string().min(1),
        quantity: z
          .number({ error: errorKey('validation.enterQuantity') })
          .int(errorKey('validation.wholeNumber'))
          .min(1, errorKey('validation.orderAtLeast'))
          .max(maxQuantityPerLine, errorKey('validation.atMostPerLine')),
      }),
    )
    .min(1, errorKey('validation.chooseAtLeastOneProduct'))
    .max(100),
  note: z
    .string()
    .trim()
    .max(500)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});
export type CreateSupplyOrder = z.input<typeof createSupplyOrderSchema>;

export const supplyOrderSchema = z.object({
  id: z.string(),
  reference: z.string().describe('e.g. SO-2026-0007'),
  status: supplyOrderStatusSchema,
  locationId: z.string(),
  locationName: z.string(),
  locationTimeZone: z.string().describe('The location’s time zone (IANA): its times are shown on that clock'),
  customerId: z.string(),
  customerName: z.string(),
  requestedBy: z.string().nullable(),
  note: z.string().nullable(),
  noteToCustomer: z.string().nullable(),
  lines: z.array(z.object({ productId: z.string().nullable(), productName: z.string(), unit: z.string(), quantity: z.number().int() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupplyOrder = z.infer<typeof supplyOrderSchema>;
export const supplyOrderListSchema = z.object({ items: z.array(supplyOrderSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const supplyOrderQuerySchema = z.object({
  status: supplyOrderStatusSchema.optional(),
  locationId: z.string().max(64).optional(),
  customerId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const supplyOrderUpdateSchema = z.object({
  status: supplyOrderStatusSchema.exclude(['submitted']),
  noteToCustomer: z.string().trim().max(1000).optional().describe('Emailed to the customer with the status'),
});

/** What the portal order form offers at a location. */
export const orderFormSchema = z.object({ products: z.array(supplyProductSchema) });
