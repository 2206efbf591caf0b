import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/**
 * How often a task is done. Kept as a closed list (not free text), so a visit's checklist can
 * pick the tasks due on that visit: every visit's, the first visit of a week's, of a month's.
 */
export const cleaningFrequencies = ['every_visit', 'weekly', 'monthly'] as const;
export const cleaningFrequencySchema = z.enum(cleaningFrequencies);
export type CleaningFrequency = z.infer<typeof cleaningFrequencySchema>;

/** A plan larger than this is no longer read by anyone; split the location instead. */
export const maxAreasPerLocation = 50;
export const maxTasksPerArea = 100;
export const maxTaskLength = 300;
export const maxAreaNameLength = 80;
export const maxAreaNotesLength = 500;

const idSchema = z.string().min(1).max(64);

export const cleaningAreaInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterAreaName')).max(maxAreaNameLength, errorKey('validation.nameTooLong')).describe('A room or zone, e.g. "Restrooms"'),
  notes: z
    .string()
    .trim()
    .max(maxAreaNotesLength, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .describe('Shown with the area to the customer and the team, e.g. "Ground floor, both sides"'),
});
export type CleaningAreaInput = z.input<typeof cleaningAreaInputSchema>;

export const cleaningTaskInputSchema = z.object({
  text: z.string().trim().min(1, errorKey('validation.enterTask')).max(maxTaskLength, errorKey('validation.tooLong')).describe('What is done, e.g. "Empty the bins and replace the liners"'),
  frequency: cleaningFrequencySchema.describe('every_visit, weekly or monthly'),
});
export type CleaningTaskInput = z.input<typeof cleaningTaskInputSchema>;

export const cleaningTaskSchema = z.object({
  id: z.string(),
  text: z.string(),
  frequency: cleaningFrequencySchema,
});
export type CleaningTask = z.infer<typeof cleaningTaskSchema>;

export const cleaningAreaSchema = z.object({
  id: z.string(),
  name: z.string(),
  notes: z.string().nullable(),
  tasks: z.array(cleaningTaskSchema).describe('In the order the team works through them'),
});
export type CleaningArea = z.infer<typeof cleaningAreaSchema>;

export const cleaningPlanSchema = z.object({
  locationId: z.string(),
  areas: z.array(cleaningAreaSchema).describe('In the order the team goes through the location; empty when there is no plan'),
});
export type CleaningPlan = z.infer<typeof cleaningPlanSchema>;

/** A new order names every area (or task) there is, each once. */
export const areaOrderSchema = z.object({
  areaIds: z.array(idSchema).max(maxAreasPerLocation, errorKey('validation.chooseAtMost')).describe('Every area of the plan, in the new order'),
});
export const taskOrderSchema = z.object({
  taskIds: z.array(idSchema).max(maxTasksPerArea, errorKey('validation.chooseAtMost')).describe('Every task of the area, in the new order'),
});

export const copyPlanSchema = z.object({
  fromLocationId: idSchema.describe('Another location of the same customer; its plan replaces this one’s'),
});

/** The customer's other locations, with the size of their plans, for copying one. */
export const planSourcesSchema = z.object({
  items: z.array(z.object({ locationId: z.string(), name: z.string(), areaCount: z.number().int(), taskCount: z.number().int() })),
});
export type PlanSources = z.infer<typeof planSourcesSchema>;

/** The plan the portal shows, with the place it belongs to. */
export const portalCleaningPlanSchema = cleaningPlanSchema.extend({
  locationName: z.string(),
  address: z.string(),
  version: z.string().describe('Changes whenever the plan does; put it in the PDF link so a browser never shows an old copy'),
});
export type PortalCleaningPlan = z.infer<typeof portalCleaningPlanSchema>;
