import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { attachmentSchema } from '../attachments/attachments.contract.ts';
import { clientIdSchema } from '../../offline-writes.ts';

/** A note longer than this is a report, not a note: the office reads the long story by phone. */
export const maxVisitNoteLength = 1000;
/** Photos a visit may hold, before and after together; more is an album nobody opens. */
export const maxPhotosPerVisit = 40;
export const visitPhotoKinds = ['before', 'after'] as const;
export const visitPhotoKindSchema = z.enum(visitPhotoKinds, { error: errorKey('validation.invalid') });
export type VisitPhotoKind = z.infer<typeof visitPhotoKindSchema>;

export const checklistTaskSchema = z.object({
  id: z.string().describe('The task on this visit’s checklist'),
  text: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable().describe('First name of who ticked it'),
});
export type ChecklistTask = z.infer<typeof checklistTaskSchema>;

export const checklistAreaSchema = z.object({
  name: z.string(),
  tasks: z.array(checklistTaskSchema),
});
export type ChecklistArea = z.infer<typeof checklistAreaSchema>;

export const visitNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  forCustomer: z.boolean().describe('Shown to the customer in the proof of service'),
  problem: z.boolean().describe('Flags a problem the office was told about'),
  author: z.string(),
  createdAt: z.string(),
});
export type VisitNote = z.infer<typeof visitNoteSchema>;

export const visitPhotoSchema = z.object({
  id: z.string(),
  kind: visitPhotoKindSchema,
  author: z.string(),
  createdAt: z.string(),
  file: attachmentSchema,
});
export type VisitPhoto = z.infer<typeof visitPhotoSchema>;

export const visitWorkSchema = z.object({
  areas: z.array(checklistAreaSchema).describe('The cleaning plan’s tasks due on this visit, by area, in order'),
  notes: z.array(visitNoteSchema),
  photos: z.array(visitPhotoSchema),
  canChange: z.boolean().describe('The team may still tick, note and photograph: the visit is not finished'),
});
export type VisitWork = z.infer<typeof visitWorkSchema>;

export const tickInputSchema = z.object({
  clientId: clientIdSchema,
  done: z.boolean({ error: errorKey('validation.required') }),
});
export type TickInput = z.input<typeof tickInputSchema>;

export const visitNoteInputSchema = z.object({
  clientId: clientIdSchema,
  text: z.string({ error: errorKey('validation.required') }).trim().min(1, errorKey('validation.required')).max(maxVisitNoteLength, errorKey('validation.tooLong')),
  forCustomer: z.boolean().default(false),
  problem: z.boolean().default(false),
});
export type VisitNoteInput = z.input<typeof visitNoteInputSchema>;

/** The text fields of a photo upload (multipart, with the image in `file`). */
export const visitPhotoFieldsSchema = z.object({
  clientId: clientIdSchema,
  kind: visitPhotoKindSchema,
});
