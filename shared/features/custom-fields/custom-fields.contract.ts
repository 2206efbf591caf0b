import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** What a custom field holds; words in `customFields:types.<type>`. */
export const customFieldTypes = ['text', 'number', 'date', 'choice', 'yesNo'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** Whose field it is: every customer has the customer fields, every location the location fields. */
export const customFieldOwners = ['customer', 'location'] as const;
export type CustomFieldOwner = (typeof customFieldOwners)[number];

/** hidden: the office's alone; shown: the customer reads it in the portal; editable: the customer may change it there. */
export const portalVisibilities = ['hidden', 'shown', 'editable'] as const;
export type PortalVisibility = (typeof portalVisibilities)[number];

export const maxCustomTextLength = 200;
export const maxFieldLabelLength = 60;
export const maxChoiceOptions = 30;
export const maxChoiceLength = 60;
export const maxFieldsPerOwner = 50;
/** Beyond any square footage or head count a cleaning company records: a typing mistake. */
export const customNumberLimit = 999_999_999;
/** How a yes/no value is written, in forms and in answers. */
export const yesNoValues = ['yes', 'no'] as const;

const boundSchema = z
  .number({ error: errorKey('validation.invalid') })
  .min(-customNumberLimit, errorKey('validation.invalid'))
  .max(customNumberLimit, errorKey('validation.invalid'))
  .nullable();

const optionsSchema = z
  .array(z.string().trim().min(1, errorKey('customFields.enterOption')).max(maxChoiceLength, errorKey('validation.tooLong')))
  .max(maxChoiceOptions, errorKey('customFields.tooManyOptions'))
  .refine((options) => new Set(options.map((o) => o.toLowerCase())).size === options.length, errorKey('customFields.repeatedOption'));

const fieldShape = {
  label: z.string().trim().min(1, errorKey('customFields.enterLabel')).max(maxFieldLabelLength, errorKey('validation.tooLong')).describe('What the field is called, in the office and the portal'),
  options: optionsSchema.default([]).describe('A choice field’s options, in order; ignored for other types'),
  min: boundSchema.default(null).describe('A number field’s least value, or null'),
  max: boundSchema.default(null).describe('A number field’s greatest value, or null'),
  portalVisibility: z.enum(portalVisibilities, { error: errorKey('validation.invalid') }).describe('hidden, shown (read-only) or editable in the portal'),
};

type Bounds = { type: CustomFieldType; options: string[]; min: number | null; max: number | null };

/** A choice needs options; a number's least value cannot exceed its greatest. */
function checkBounds(field: Bounds, ctx: z.RefinementCtx) {
  if (field.type === 'choice' && field.options.length === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: errorKey('customFields.enterOption') });
  if (field.type === 'number' && field.min !== null && field.max !== null && field.min > field.max) ctx.addIssue({ code: 'custom', path: ['max'], message: errorKey('customFields.maxBelowMin') });
}

/** A new field: whose it is and its type are fixed once made, since values are kept by them. */
export const customFieldInputSchema = z
  .object({
    appliesTo: z.enum(customFieldOwners, { error: errorKey('validation.invalid') }).describe('customer or location'),
    type: z.enum(customFieldTypes, { error: errorKey('customFields.chooseType') }).describe('text, number, date, choice or yesNo'),
    ...fieldShape,
  })
  .superRefine(checkBounds);
export type CustomFieldInput = z.input<typeof customFieldInputSchema>;

/** A change to a field; archived true stops showing it anywhere, keeping its values. */
export const customFieldChangeSchema = z.object({ ...fieldShape, archived: z.boolean().default(false).describe('Archived: kept with its values, shown nowhere') });
export type CustomFieldChange = z.input<typeof customFieldChangeSchema>;

export const customFieldSchema = z.object({
  id: z.string(),
  appliesTo: z.enum(customFieldOwners),
  type: z.enum(customFieldTypes),
  label: z.string(),
  options: z.array(z.string()),
  min: z.number().nullable(),
  max: z.number().nullable(),
  portalVisibility: z.enum(portalVisibilities),
  position: z.number().int().describe('Order among the fields of its owner, from 1'),
  archived: z.boolean(),
  valueCount: z.number().int().describe('How many customers or locations have a value in it'),
});
export type CustomField = z.infer<typeof customFieldSchema>;

export const customFieldListSchema = z.object({ items: z.array(customFieldSchema).describe('Customer fields then location fields, each in their order') });
export type CustomFieldList = z.infer<typeof customFieldListSchema>;

export const customFieldOrderSchema = z.object({
  appliesTo: z.enum(customFieldOwners),
  ids: z.array(z.string().min(1).max(64)).min(1).max(maxFieldsPerOwner).describe('Every field of that owner, in their new order'),
});

export const portalChangeSettingsSchema = z.object({
  portalChangeTickets: z.boolean().describe('Each change a customer saves to their data in the portal opens a request for the office'),
});
export type PortalChangeSettings = z.infer<typeof portalChangeSettingsSchema>;

// ── Values ──────────────────────────────────────────────────────────────────────────────

/** The part of a field that decides which values it takes. */
export type FieldRule = Pick<CustomField, 'id' | 'type' | 'options' | 'min' | 'max'>;

const text = z.string().trim();

/**
 * The one check of a value, as a form sends it (text; empty clears it), used by the office's
 * forms, the portal's and the server: answers the value as stored (a number as written by
 * `String`, a yes/no as `yes` or `no`) or null.
 */
export function customValueSchema(field: FieldRule) {
  const value = (() => {
    switch (field.type) {
      case 'text':
        return text.max(maxCustomTextLength, errorKey('validation.tooLong'));
      case 'number':
        return text
          .regex(/^-?\d+(\.\d+)?$/, errorKey('customFields.enterNumber'))
          .transform(Number)
          .pipe(
            z
              .number()
              .min(field.min ?? -customNumberLimit, errorKey(field.min === null ? 'customFields.numberTooLarge' : 'validation.atLeast'))
              .max(field.max ?? customNumberLimit, errorKey(field.max === null ? 'customFields.numberTooLarge' : 'validation.atMost')),
          )
          .transform(String);
      case 'date':
        return text.pipe(z.iso.date({ error: errorKey('validation.date') }));
      case 'choice':
        return text.refine((v) => field.options.includes(v), errorKey('customFields.chooseOption'));
      case 'yesNo':
        return z.enum(yesNoValues, { error: errorKey('customFields.chooseYesNo') });
    }
  })();
  return z
    .string()
    .nullable()
    .transform((v) => v?.trim() || null)
    .pipe(value.nullable());
}

/** The values a form sends, by field id: only the fields given, each checked by its own rule. */
export function customValuesSchema(fields: readonly FieldRule[]) {
  return z.object({ values: z.strictObject(Object.fromEntries(fields.map((f) => [f.id, customValueSchema(f).optional()])), { error: errorKey('customFields.unknownField') }) });
}

/** What a route takes before it knows the fields: text by field id, checked by the field's rule in the service. */
export const customValuesInputSchema = z.object({
  values: z.record(z.string().min(1).max(64), z.string().max(2000, errorKey('validation.tooLong')).nullable()).describe('Field id → the value as text; empty or null clears it'),
});
export type CustomValuesInput = z.input<typeof customValuesInputSchema>;

export const customFieldValueSchema = z.object({
  field: customFieldSchema.omit({ valueCount: true }),
  value: z.string().nullable().describe('As stored: text, a number, YYYY-MM-DD, one of the options, yes or no'),
  editable: z.boolean().describe('Whether the reader may change it here'),
});
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

/** The fields of one customer or location with their values, in order. */
export const customFieldValuesSchema = z.object({
  owner: z.object({ kind: z.enum(customFieldOwners), id: z.string(), name: z.string() }),
  items: z.array(customFieldValueSchema),
});
export type CustomFieldValues = z.infer<typeof customFieldValuesSchema>;

/** The portal's account tab: the shown and editable fields of each customer and location the person reaches. */
export const portalCustomFieldsSchema = z.object({ groups: z.array(customFieldValuesSchema).describe('Only groups with a field to show; hidden fields never appear') });
export type PortalCustomFields = z.infer<typeof portalCustomFieldsSchema>;
