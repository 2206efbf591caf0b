import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** What a journal entry is about; words in `journal:categories.<category>`. */
export const journalCategories = ['note', 'call', 'visit', 'complaint', 'praise', 'other'] as const;
export const journalCategorySchema = z.enum(journalCategories, { error: errorKey('journal.chooseCategory') });
export type JournalCategory = z.infer<typeof journalCategorySchema>;

export const maxJournalTextLength = 2000;

export const journalEntryInputSchema = z.object({
  date: z.iso.date({ error: errorKey('validation.date') }).describe('The day the entry is about (YYYY-MM-DD); it may be before today'),
  category: journalCategorySchema.describe('What the entry is about'),
  text: z
    .string()
    .trim()
    .min(1, errorKey('journal.enterText'))
    .max(maxJournalTextLength, errorKey('validation.tooLong'))
    .describe(`What happened, in at most ${maxJournalTextLength} characters`),
});
export type JournalEntryInput = z.input<typeof journalEntryInputSchema>;

export const journalEntrySchema = z.object({
  id: z.string(),
  customerId: z.string(),
  date: z.string().describe('The day the entry is about (YYYY-MM-DD)'),
  category: journalCategorySchema,
  text: z.string(),
  authorId: z.string().nullable().describe('Who wrote it; null once that staff member is removed'),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const journalQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Words the entry’s text contains'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type JournalQuery = z.input<typeof journalQuerySchema>;

export const journalListSchema = z.object({
  items: z.array(journalEntrySchema).describe('Newest first: by the day it is about, then by when it was written'),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type JournalList = z.infer<typeof journalListSchema>;
