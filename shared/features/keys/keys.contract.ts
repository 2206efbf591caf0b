import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** What is held: a metal key, an electronic fob, an access card, or only a code to type in. */
export const keyKinds = ['key', 'fob', 'card', 'code'] as const;
export const keyKindSchema = z.enum(keyKinds);
export type KeyKind = z.infer<typeof keyKindSchema>;

/** A line of a key's log: someone took it, or someone gave it back. */
export const keyMovementKinds = ['checked_out', 'returned'] as const;
export type KeyMovementKind = (typeof keyMovementKinds)[number];

export const maxKeyLabelLength = 80;
export const maxKeyCodeLength = 40;
export const maxKeyNotesLength = 500;
/** A customer with more keys than this is a key cabinet, not a ring: the office splits it by location. */
export const maxKeysPerCustomer = 200;

const idSchema = z.string().min(1).max(64);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const keyInputSchema = z.object({
  locationId: idSchema.describe('One of the customer’s locations: the place the key opens'),
  label: z.string().trim().min(1, errorKey('validation.enterKeyLabel')).max(maxKeyLabelLength, errorKey('validation.tooLong')).describe('How the team tells it apart, e.g. "Back door, red tag"'),
  kind: keyKindSchema.describe('key, fob, card or code'),
  code: optionalText(maxKeyCodeLength).describe('The access code to type in (a code, or a fob’s PIN); shown masked in the office, in full to the visit’s team'),
  notes: optionalText(maxKeyNotesLength).describe('Where it is kept, what it opens, anything the team should know'),
});
export type KeyInput = z.input<typeof keyInputSchema>;

const personSchema = z.object({ id: z.string(), name: z.string() });

export const keySchema = z.object({
  id: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  label: z.string(),
  kind: keyKindSchema,
  hasCode: z.boolean().describe('Whether an access code is stored; the code itself is read with the reveal route'),
  notes: z.string().nullable(),
  holder: personSchema.nullable().describe('Who has it now; null while it is in the office'),
  heldSince: z.string().nullable(),
});
export type Key = z.infer<typeof keySchema>;

export const keyListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const keyListSchema = z.object({
  items: z.array(keySchema).describe('By location, then label'),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type KeyList = z.infer<typeof keyListSchema>;

export const keyCodeSchema = z.object({ code: z.string().nullable() });

export const checkOutInputSchema = z.object({
  staffId: idSchema.describe('The staff member who takes the key'),
  at: z.iso.datetime({ error: errorKey('validation.date') }).optional().describe('When they took it; now when left out'),
});
export type CheckOutInput = z.input<typeof checkOutInputSchema>;

export const returnInputSchema = z.object({
  at: z.iso.datetime({ error: errorKey('validation.date') }).optional().describe('When it came back; now when left out'),
});

export const keyMovementSchema = z.object({
  id: z.string(),
  kind: z.enum(keyMovementKinds),
  staff: personSchema.nullable().describe('Who took it or gave it back'),
  recordedBy: personSchema.nullable().describe('Who wrote it down'),
  at: z.string(),
});
export type KeyMovement = z.infer<typeof keyMovementSchema>;

export const keyLogSchema = z.object({
  items: z.array(keyMovementSchema).describe('Newest first'),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type KeyLog = z.infer<typeof keyLogSchema>;

/** People a key can be handed to: the company's staff who can sign in. */
export const keyHoldersSchema = z.object({ items: z.array(personSchema) });

/** A key as the team of a visit sees it in the field app: with its code, to open the door. */
export const fieldKeySchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: keyKindSchema,
  code: z.string().nullable(),
  notes: z.string().nullable(),
  holder: personSchema.nullable(),
});
export const fieldKeyListSchema = z.object({ items: z.array(fieldKeySchema) });
export type FieldKeyList = z.infer<typeof fieldKeyListSchema>;
