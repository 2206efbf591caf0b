import { formatTime } from '../../../shared/i18n/format.ts';
import { dateTimeFormat } from '../../../shared/i18n/intl.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { translator } from '../../lib/i18n.ts';
import { days, isoNow } from '../../lib/time.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { emailToTextGateway, type SmsGateway } from '../../platform/sms/sms-gateway.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import { listTenants } from '../../platform/tenants/tenants.repository.ts';
import * as repo from './reminders.repository.ts';

/** Where the job's mail goes, and which gateway carries texts (email-to-text unless a test hands in another). */
export type ReminderMail = {
  publicUrl: string;
  smtpConfigured: boolean;
  textGateway?: (db: Executor, tenantId: TenantId, now: Date) => SmsGateway;
};

/** The furthest ahead a reminder looks (3 days), plus a day for the zones furthest from UTC and the rest of today. */
const lookAhead = days(5);
/** Claims are kept a while after they are made; by then their visits are past and can never be due again. */
const claimRetention = days(14);

/** The day and hour it is at `at` on a place's clock: { date: '2026-03-08', hour: 17 }. */
export function localDayAndHour(at: Date, zone: string): { date: string; hour: number } {
  const parts = dateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/** '2026-03-06' plus 3 days: '2026-03-09'. Calendar days, so a day of 23 or 25 hours counts as one. */
function addDays(date: string, count: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days(count)).toISOString().slice(0, 10);
}

/**
 * Due now: the reminder's day has come on the location's calendar (the visit's day there, less
 * the days chosen, is today there) and it is the company's reminder hour or later there.
 */
function isDue(candidate: repo.ReminderCandidate, reminderHour: number, now: Date): boolean {
  const here = localDayAndHour(now, candidate.time_zone);
  if (here.hour < reminderHour) return false;
  return localDayAndHour(new Date(candidate.starts_at), candidate.time_zone).date === addDays(here.date, candidate.days_before);
}

type PortalUserRow = Awaited<ReturnType<typeof repo.portalUsersOf>>[number];

/**
 * Contacts have no language of their own. A contact who is also one of the customer's portal users
 * reads their own language; any other reads the customer's: that of its billing contact in the portal,
 * else of its first portal user who has one, else the company's default.
 */
export function reminderLanguage(contactEmail: string | null, users: PortalUserRow[], tenant: Tenant): Language {
  const own = contactEmail ? users.find((u) => u.email.toLowerCase() === contactEmail.toLowerCase()) : undefined;
  if (own) return addresseeLanguage(own, tenant);
  const speaks = (u: PortalUserRow) => Boolean(u.language ?? u.browser_language);
  return addresseeLanguage(users.find((u) => u.is_billing_contact && speaks(u)) ?? users.find(speaks), tenant);
}

function reminderWords(candidate: repo.ReminderCandidate, tenant: Tenant, language: Language) {
  const t = translator(language);
  const start = new Date(candidate.starts_at);
  const values = {
    ns: 'portalReminders' as const,
    company: tenant.display_name,
    service: candidate.service,
    location: candidate.location_name,
    date: dateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: candidate.time_zone }).format(start),
    // The reader is at the location: its clock needs no zone name.
    time: formatTime(candidate.starts_at, { locale: language, zone: candidate.time_zone, viewerZone: candidate.time_zone }),
  };
  const lead = candidate.days_before === 1 ? 'reminder.oneDay' : 'reminder.threeDays';
  return {
    subject: t('reminder.subject', values),
    text: [
      t('greeting', { ns: 'emails', name: candidate.contact_name }),
      '',
      t(lead, values),
      t('reminder.address', { ns: 'portalReminders', address: candidate.address }),
      '',
      t('reminder.why', { ns: 'portalReminders', customer: candidate.customer_name, company: tenant.display_name }),
      '',
      tenant.display_name,
    ].join('\n'),
    sms: t('text', values),
  };
}

/**
 * Sends one contact's reminder of one visit, by email and by text, each at most once ever: the
 * claim row and the message are written in one transaction, so either both exist or neither does,
 * and a second run (or instance) finds the claim taken and sends nothing.
 */
async function sendReminder(db: Db, mail: ReminderMail, tenant: Tenant, candidate: repo.ReminderCandidate, language: Language, now: Date): Promise<number> {
  const tenantId = tenantIdOf(tenant);
  return db.transaction().execute(async (trx) => {
    const words = reminderWords(candidate, tenant, language);
    const claim = { visit_id: candidate.visit_id, contact_id: candidate.contact_id, days_before: candidate.days_before, sent_at: isoNow(now) };
    let sent = 0;
    if (candidate.email && (await repo.claimReminder(trx, tenantId, { ...claim, channel: 'email' }))) {
      await enqueueEmail(trx, { tenantId, to: candidate.email, subject: words.subject, text: words.text }, mail.smtpConfigured, now);
      sent += 1;
    }
    if (candidate.mobile && (await repo.claimReminder(trx, tenantId, { ...claim, channel: 'text' }))) {
      const gateway = (mail.textGateway ?? defaultGateway(mail))(trx, tenantId, now);
      const to = { mobile: candidate.mobile, carrier: candidate.mobile_carrier, carrierDomain: candidate.mobile_carrier_domain };
      // Email-to-text cannot reach a number whose carrier is not known: the claim is given back, so a later run texts it once the carrier is set.
      if ((await gateway.sendText(to, words.sms)) === 'sent') sent += 1;
      else await repo.releaseReminder(trx, tenantId, { ...claim, channel: 'text' });
    }
    return sent;
  });
}

const defaultGateway = (mail: ReminderMail) => (db: Executor, tenantId: TenantId, now: Date) => emailToTextGateway(db, { tenantId, smtpConfigured: mail.smtpConfigured, now });

/**
 * The reminder job, run hourly by one instance: for every company, each contact who chose a
 * reminder 3 or 1 days ahead of a scheduled visit is sent it from the company's reminder hour on,
 * on the location's clock. Safe to run any number of times and on several instances at once.
 * Answers how many messages it sent.
 */
export async function sendDueReminders(db: Db, mail: ReminderMail, now: Date): Promise<number> {
  let sent = 0;
  for (const tenant of await listTenants(db)) {
    const tenantId = tenantIdOf(tenant);
    const candidates = await repo.reminderCandidates(db, tenantId, isoNow(now), isoNow(new Date(now.getTime() + lookAhead)));
    const due = candidates.filter((c) => isDue(c, tenant.reminder_hour, now));
    const users = await repo.portalUsersOf(db, tenantId, [...new Set(due.map((c) => c.customer_id))]);
    for (const candidate of due) {
      const language = reminderLanguage(candidate.email, users.filter((u) => u.customer_id === candidate.customer_id), tenant);
      sent += await sendReminder(db, mail, tenant, candidate, language, now);
    }
    await repo.pruneSentReminders(db, tenantId, isoNow(new Date(now.getTime() - claimRetention)));
  }
  return sent;
}
