import type { TFunction } from 'i18next';
import type { VisitWork } from '../../../shared/features/field/checklist.contract.ts';
import { formatDate, formatTime } from '../../../shared/i18n/format.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import { translator } from '../../lib/i18n.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { visitCustomerGets } from '../../platform/notifications/customer-notices.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { describeWork, firstName } from './checklist.service.ts';
import * as repo from './field.repository.ts';

/** The proof of service in a few lines of the email: who worked when, how much of the checklist was done, the notes for the customer. */
function reportLines(t: TFunction, clock: { locale: Language; zone: string }, sheets: { staff_name: string; clocked_in_at: string; clocked_out_at: string | null }[], work: VisitWork): string[] {
  const tasks = work.areas.flatMap((area) => area.tasks);
  // The email's first line named the zone; the times under it are on the same clock.
  const sameClock = { ...clock, viewerZone: clock.zone };
  const span = (sheet: (typeof sheets)[number]) => `${formatTime(sheet.clocked_in_at, sameClock)} – ${sheet.clocked_out_at ? formatTime(sheet.clocked_out_at, sameClock) : ''}`;
  return [
    t('doneEmail.team', { ns: 'field' }),
    ...sheets.map((sheet) => `• ${firstName(sheet.staff_name)}: ${span(sheet)}`),
    ...(tasks.length > 0 ? ['', t('doneEmail.checklist', { ns: 'field', done: tasks.filter((task) => task.done).length, total: tasks.length })] : []),
    ...(work.notes.length > 0 ? ['', t('doneEmail.notes', { ns: 'field' }), ...work.notes.map((note) => `• ${note.text}`)] : []),
  ];
}

/**
 * Emails the location's portal users, once per visit, that the team has finished: with the link to
 * rate it where the location takes feedback, and to its proof of service where the company sends
 * those. Written in the caller's transaction, so a visit completed twice (a correction reopened
 * it) or by two clock-outs at once still tells the customer once.
 */
export async function tellCustomerDone(ctx: AppContext, db: Executor, tenantId: TenantId, visitId: string, stamp: string): Promise<void> {
  if (!(await repo.claimCompletionNotice(db, tenantId, visitId, stamp))) return;
  const [visit, tenant, sheets] = await Promise.all([repo.visitWithPlace(db, tenantId, visitId), requireTenant(db, tenantId), repo.timesheetsOf(db, tenantId, [visitId])]);
  if (!visit || !(await visitCustomerGets(db, tenantId, visitId, 'visitDone'))) return;
  const rate = await repo.takesFeedback(db, tenantId, visit.location_id);
  const report = tenant.proof_of_service_emails;
  if (!rate && !report) return;
  const finishedAt = sheets.map((sheet) => sheet.clocked_out_at ?? stamp).sort().at(-1) ?? stamp;
  const work = report ? await describeWork(db, tenantId, visit, { urlBase: '', customer: true }, false) : null;
  const portal = `${ctx.config.publicUrl}/portal/${tenant.slug}`;
  for (const person of await repo.locationPortalUsers(db, tenantId, visit.location_id)) {
    const language = addresseeLanguage(person, tenant);
    const t = translator(language);
    const clock = { locale: language, zone: visit.time_zone };
    const names = { ns: 'field' as const, company: tenant.display_name, service: visit.name, location: visit.location_name, date: formatDate(finishedAt, clock), time: formatTime(finishedAt, clock) };
    const lines = [
      t('greeting', { ns: 'emails', name: person.name }),
      '',
      t('doneEmail.text', names),
      ...(work ? ['', ...reportLines(t, clock, sheets, work), '', t('doneEmail.report', { ns: 'field', link: `${portal}/visits/${visit.id}/proof-of-service` })] : []),
      ...(rate ? ['', t('doneEmail.rate', { ns: 'field', link: `${portal}/rate/${visit.id}` })] : []),
      '',
      tenant.display_name,
    ];
    await enqueueEmail(db, { tenantId, to: person.email, subject: t('doneEmail.subject', names), text: lines.join('\n') }, ctx.smtpConfigured);
  }
}
