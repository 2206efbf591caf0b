import type { z } from 'zod';
import type { CleaningFrequency } from '../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import {
  maxPhotosPerVisit,
  type ChecklistArea,
  type tickInputSchema,
  type visitNoteInputSchema,
  type VisitPhotoKind,
  type VisitWork,
} from '../../../shared/features/field/checklist.contract.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { days, isoNow, localDateOf } from '../../lib/time.ts';
import { attachmentsOf, claimAttachments, findAttachment, storeUpload, toAttachment } from '../../platform/attachments/attachments.ts';
import { addStaffNotifications, notifyLocationStaff, type StaffNotice } from '../../platform/notifications/staff-notifications.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './checklist.repository.ts';
import * as fieldRepo from './field.repository.ts';

type TickInput = z.output<typeof tickInputSchema>;
type NoteInput = z.output<typeof visitNoteInputSchema>;

/**
 * A location's cleaning plan: its areas in order with their tasks. The cleaning-plans feature
 * owns it; `app.ts` hands this in, so this feature does not reach into that one.
 */
export type PlanOfLocation = (db: Executor, tenantId: TenantId, locationId: string) => Promise<{ name: string; tasks: { id: string; text: string; frequency: CleaningFrequency }[] }[]>;

type VisitForWork = { id: string; location_id: string; starts_at: string; status: string; time_zone: string };


/** The Monday of a local date's week, as a local date. */
function mondayOf(localDate: string): string {
  const day = new Date(`${localDate}T12:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - days(sinceMonday)).toISOString().slice(0, 10);
}

/**
 * Which of the plan's frequencies are due on a visit: every visit's always; weekly tasks on the
 * location's first visit of the week (Monday to Sunday on its clock); monthly ones on its first of
 * the month. `earlier` are the starts of the location's other visits that count, before this one.
 */
export function dueFrequencies(start: Date, zone: string, earlier: Date[]): Set<CleaningFrequency> {
  const day = localDateOf(start, zone);
  const earlierDays = earlier.filter((at) => at.getTime() < start.getTime()).map((at) => localDateOf(at, zone));
  const due = new Set<CleaningFrequency>(['every_visit']);
  if (!earlierDays.some((other) => mondayOf(other) === mondayOf(day))) due.add('weekly');
  if (!earlierDays.some((other) => other.slice(0, 7) === day.slice(0, 7))) due.add('monthly');
  return due;
}

/**
 * The visit's checklist, copied from the plan the first time anyone needs it; afterwards the visit
 * keeps its copy whatever the plan becomes. A finished visit never copies: it keeps what it had.
 */
export async function ensureChecklist(db: Executor, planOf: PlanOfLocation, tenantId: TenantId, visit: VisitForWork): Promise<Awaited<ReturnType<typeof repo.checklistItems>>> {
  const existing = await repo.checklistItems(db, tenantId, visit.id);
  if (existing.length > 0 || visit.status === 'completed' || visit.status === 'skipped' || visit.status === 'cancelled') return existing;
  const start = new Date(visit.starts_at);
  // A month is at most 31 days, so the visits that could come first in its week or month start within 32.
  const [plan, earlier] = await Promise.all([
    planOf(db, tenantId, visit.location_id),
    repo.earlierVisitsAt(db, tenantId, visit.location_id, isoNow(new Date(start.getTime() - days(32))), visit.starts_at),
  ]);
  const due = dueFrequencies(start, visit.time_zone, earlier.filter((row) => row.id !== visit.id).map((row) => new Date(row.starts_at)));
  const stamp = isoNow();
  let position = 0;
  const items = plan.flatMap((area) =>
    area.tasks
      .filter((task) => due.has(task.frequency))
      .map((task) => ({ id: newId(), visit_id: visit.id, task_id: task.id, area_name: area.name, task_text: task.text, position: position++, created_at: stamp })),
  );
  await repo.insertChecklistItems(db, tenantId, items);
  return repo.checklistItems(db, tenantId, visit.id);
}

/** "Ana" of "Ana María López": the customer's report names people by first name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The checklist by area, each task done or not by its latest tap. */
async function checklistOf(db: Executor, tenantId: TenantId, items: Awaited<ReturnType<typeof repo.checklistItems>>, visitId: string): Promise<ChecklistArea[]> {
  const ticks = await repo.ticksOf(db, tenantId, visitId);
  const latest = new Map(ticks.map((tick) => [tick.item_id, tick]));
  const areas: ChecklistArea[] = [];
  for (const item of items) {
    const tick = latest.get(item.id);
    const done = tick?.done === true;
    const task = { id: item.id, text: item.task_text, done, doneAt: done ? tick.ticked_at : null, doneBy: done ? firstName(tick.staff_name) : null };
    const last = areas.at(-1);
    if (last?.name === item.area_name) last.tasks.push(task);
    else areas.push({ name: item.area_name, tasks: [task] });
  }
  return areas;
}

export type WorkAudience = { urlBase: string; customer: boolean };

/**
 * What was done at a visit: the checklist, notes and photos. The customer reads only the notes
 * meant for them, and first names. Reading never copies the plan: only the team does, by opening
 * the visit or clocking in, so the office looking ahead leaves a future visit to today's plan.
 */
export async function describeWork(db: Executor, tenantId: TenantId, visit: { id: string }, audience: WorkAudience, canChange: boolean): Promise<VisitWork> {
  const items = await repo.checklistItems(db, tenantId, visit.id);
  const [areas, notes, photos] = await Promise.all([checklistOf(db, tenantId, items, visit.id), repo.notesOf(db, tenantId, visit.id), repo.photosOf(db, tenantId, visit.id)]);
  const files = await attachmentsOf(db, tenantId, 'visit_photo', photos.map((photo) => photo.id));
  const person = (name: string) => (audience.customer ? firstName(name) : name);
  return {
    areas,
    notes: notes
      .filter((note) => !audience.customer || note.for_customer)
      .map((note) => ({ id: note.id, text: note.text, forCustomer: note.for_customer, problem: audience.customer ? false : note.problem, author: person(note.staff_name), createdAt: note.created_at })),
    photos: photos.flatMap((photo) => {
      const file = files.find((row) => row.owner_id === photo.id);
      return file ? [{ id: photo.id, kind: photo.kind, author: person(photo.staff_name), createdAt: photo.created_at, file: toAttachment(file, audience.urlBase) }] : [];
    }),
    canChange,
  };
}

const isOpen = (status: string) => status === 'scheduled' || status === 'in_progress';

async function myVisitForWork(ctx: AppContext, actor: StaffActor, visitId: string) {
  const visit = await fieldRepo.visitOf(ctx.db, actor.tenantId, actor.userId, visitId);
  if (!visit) throw notFound('visit');
  return visit;
}

/** A write to a finished, skipped or cancelled visit is refused: its report is what the customer was given. */
function assertOpen(visit: { status: string }): void {
  if (visit.status === 'completed') throw new AppError('conflict', message('field.visitFinished'));
  if (!isOpen(visit.status)) throw new AppError('conflict', message('field.visitClosed'));
}

/** A device-made id already used: the same write again is answered with today's state; one used for something else is refused. */
function assertSameWrite(earlier: { visit_id: string; staff_user_id: string }, actor: StaffActor, visitId: string): void {
  if (earlier.visit_id !== visitId || earlier.staff_user_id !== actor.userId) throw new AppError('conflict', message('field.clientIdTaken'));
}

export async function myVisitWork(ctx: AppContext, planOf: PlanOfLocation, actor: StaffActor, visitId: string): Promise<VisitWork> {
  const visit = await myVisitForWork(ctx, actor, visitId);
  await ensureChecklist(ctx.db, planOf, actor.tenantId, visit);
  return describeWork(ctx.db, actor.tenantId, visit, { urlBase: `/api/field/visits/${visit.id}/photos`, customer: false }, isOpen(visit.status));
}

function announce(ctx: AppContext, tenantId: TenantId, visit: { id: string; location_id: string }): void {
  ctx.events.publish({ tenantId, topic: 'visits', locationId: visit.location_id, id: visit.id });
}

/** Ticks or unticks a task of my visit's checklist; the latest tap decides. */
export async function tick(ctx: AppContext, planOf: PlanOfLocation, actor: StaffActor, visitId: string, itemId: string, input: TickInput): Promise<VisitWork> {
  const visit = await myVisitForWork(ctx, actor, visitId);
  const earlier = await repo.tickByClientId(ctx.db, actor.tenantId, input.clientId);
  if (earlier) {
    assertSameWrite(earlier, actor, visitId);
    return myVisitWork(ctx, planOf, actor, visitId);
  }
  assertOpen(visit);
  if (!(await repo.findChecklistItem(ctx.db, actor.tenantId, visitId, itemId))) throw notFound('task');
  const stamp = isoNow(ctx.now());
  await repo
    .insertTick(ctx.db, actor.tenantId, { id: newId(), item_id: itemId, visit_id: visitId, staff_user_id: actor.userId, client_id: input.clientId, done: input.done, ticked_at: stamp, created_at: stamp })
    .catch((error: unknown) => {
      // The same tap sent twice at once: the first counts, the second is the replay it is.
      if (!isUniqueViolation(error)) throw error;
    });
  announce(ctx, actor.tenantId, visit);
  return myVisitWork(ctx, planOf, actor, visitId);
}

/** The office's words for a flagged problem, in each reader's language. */
function problemNotice(visit: fieldRepo.FieldVisitRow, author: string, text: string): StaffNotice {
  const day = localDateOf(new Date(visit.starts_at), visit.time_zone);
  return {
    kind: 'visit_problem',
    words: (language) => {
      const t = translator(language);
      const names = { person: author, customer: visit.customer_name, location: visit.location_name, service: visit.name, when: formatDateTime(visit.starts_at, { locale: language, zone: visit.time_zone }) };
      return { title: t('staffNotices.visitProblem.title', { ns: 'emails', ...names }), body: [t('staffNotices.visitProblem.body', { ns: 'emails', ...names }), '', text].join('\n') };
    },
    // The schedule on that day at that location, where the visit's drawer shows the note.
    link: `/office/schedule?view=day&date=${day}&locationId=${visit.location_id}`,
  };
}

/** Adds a note to my visit; one flagging a problem tells the office at once. */
export async function addNote(ctx: AppContext, planOf: PlanOfLocation, actor: StaffActor, visitId: string, input: NoteInput): Promise<VisitWork> {
  const visit = await myVisitForWork(ctx, actor, visitId);
  const earlier = await repo.noteByClientId(ctx.db, actor.tenantId, input.clientId);
  if (earlier) {
    assertSameWrite(earlier, actor, visitId);
    return myVisitWork(ctx, planOf, actor, visitId);
  }
  assertOpen(visit);
  const stamp = isoNow(ctx.now());
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.insertNote(trx, actor.tenantId, { id: newId(), visit_id: visitId, staff_user_id: actor.userId, client_id: input.clientId, text: input.text, for_customer: input.forCustomer, problem: input.problem, created_at: stamp });
      if (!input.problem) return;
      const notice = problemNotice(visit, actor.name, input.text);
      await notifyLocationStaff(trx, { publicUrl: ctx.config.publicUrl, smtpConfigured: ctx.smtpConfigured }, actor.tenantId, visit.location_id, notice);
      await addStaffNotifications(trx, actor.tenantId, notice);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  if (input.problem) ctx.wakeMailWorker();
  announce(ctx, actor.tenantId, visit);
  return myVisitWork(ctx, planOf, actor, visitId);
}

/** Adds a before or after photo to my visit: stored without its metadata, attached in the same step. */
export async function addPhoto(
  ctx: AppContext,
  planOf: PlanOfLocation,
  actor: StaffActor,
  visitId: string,
  fields: { clientId: string; kind: VisitPhotoKind },
  upload: { fileName: string; data: Buffer },
): Promise<VisitWork> {
  const visit = await myVisitForWork(ctx, actor, visitId);
  const earlier = await repo.photoByClientId(ctx.db, actor.tenantId, fields.clientId);
  if (earlier) {
    assertSameWrite(earlier, actor, visitId);
    return myVisitWork(ctx, planOf, actor, visitId);
  }
  assertOpen(visit);
  if ((await repo.photoCount(ctx.db, actor.tenantId, visitId)) >= maxPhotosPerVisit) {
    throw new AppError('validation_failed', message('field.tooManyPhotos', { maximum: maxPhotosPerVisit }), { file: message('field.tooManyPhotosField', { maximum: maxPhotosPerVisit }) });
  }
  const uploader = { kind: 'staff' as const, id: actor.userId };
  const stored = await storeUpload(ctx, actor.tenantId, uploader, visit.location_id, upload);
  const stamp = isoNow(ctx.now());
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const id = newId();
      await repo.insertPhoto(trx, actor.tenantId, { id, visit_id: visitId, staff_user_id: actor.userId, client_id: fields.clientId, kind: fields.kind, created_at: stamp });
      await claimAttachments(trx, actor.tenantId, [stored.id], uploader, visit.location_id, { type: 'visit_photo', id });
    });
  } catch (error) {
    // The same photo sent twice at once: the first is kept; this copy stays unattached and the daily prune removes it.
    if (!isUniqueViolation(error)) throw error;
  }
  announce(ctx, actor.tenantId, visit);
  return myVisitWork(ctx, planOf, actor, visitId);
}

/** A visit's work as the office reads it: every note, problems marked, full names. */
export async function officeVisitWork(ctx: AppContext, tenantId: TenantId, visitId: string): Promise<VisitWork> {
  const visit = await fieldRepo.findVisit(ctx.db, tenantId, visitId);
  if (!visit) throw notFound('visit');
  return describeWork(ctx.db, tenantId, visit, { urlBase: '/api/office/attachments', customer: false }, false);
}

/** A photo's file of my visit, for the team: any other file, or another visit's, is not found. */
export async function myVisitPhotoFile(ctx: AppContext, actor: StaffActor, visitId: string, fileId: string) {
  await myVisitForWork(ctx, actor, visitId);
  const row = await findAttachment(ctx.db, actor.tenantId, fileId);
  if (!row || row.owner_type !== 'visit_photo' || !row.owner_id) throw notFound('file');
  const photo = await repo.findPhoto(ctx.db, actor.tenantId, row.owner_id);
  if (photo?.visit_id !== visitId) throw notFound('file');
  return row;
}
