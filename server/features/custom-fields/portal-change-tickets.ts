import type { TFunction } from 'i18next';
import type { CustomField } from '../../../shared/features/custom-fields/custom-fields.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor } from '../../http/auth.ts';
import { translator } from '../../lib/i18n.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import * as repo from './custom-fields.repository.ts';

type Location = { id: string; name: string; customer_id: string };

/**
 * How a portal change reaches the office: a request opened as the portal user, numbered and told
 * to staff like any new request. The service-requests feature provides it (wired in app.ts), so a
 * change is answered where the office answers every request, as upgrades are.
 */
export type OpenChangeRequest = (trx: Executor, ctx: AppContext, tenant: Tenant, actor: PortalActor, request: { location: Location; subject: string; text: string }) => Promise<string>;

export type FieldChange = { field: Pick<CustomField, 'label' | 'type'>; before: string | null; after: string | null };

/** A contact's own details, as the portal's account form changes them. */
export type ContactDetails = { name: string; phone: string | null };

/**
 * What the portal feature calls after a contact saves their name or phone, inside its transaction:
 * opens the office's request when the company wants one. Answers whether one was opened, so the
 * caller wakes the mail worker after committing.
 */
export type ContactDetailsChanged = (trx: Executor, ctx: AppContext, tenant: Tenant, actor: PortalActor, before: ContactDetails, after: ContactDetails) => Promise<boolean>;

type Line = { label: string; before: string; after: string };

/** A value as the office reads it in the request: yes/no in words, an empty one said so, text quoted. */
function shown(type: CustomField['type'], value: string | null, t: TFunction): string {
  if (value === null || value === '') return t('ticket.empty', { ns: 'portalCustomFields' });
  if (type === 'yesNo') return t(value === 'yes' ? 'yes' : 'no', { ns: 'portalCustomFields' });
  return type === 'text' || type === 'choice' ? `“${value}”` : value;
}

/**
 * Opens one request saying what changed, old → new, in the language of the customer who changed
 * it (they read it in the portal too), or nothing when the company's switch is off or nothing changed.
 */
async function fileTicket(trx: Executor, ctx: AppContext, tenant: Tenant, actor: PortalActor, location: Location, owner: (t: TFunction) => string, lines: (t: TFunction) => Line[], openRequest: OpenChangeRequest): Promise<boolean> {
  if (!tenant.portal_change_tickets) return false;
  const person = await repo.findPortalUser(trx, actor.tenantId, actor.userId);
  const t = translator(addresseeLanguage(person, tenant));
  const changed = lines(t);
  if (changed.length === 0) return false;
  const labels = changed.map((line) => line.label);
  const subject = labels.length === 1 ? t('ticket.subjectOne', { ns: 'portalCustomFields', label: labels[0] }) : t('ticket.subjectMany', { ns: 'portalCustomFields', labels: labels.join(', ') });
  const text = [
    t('ticket.text', { ns: 'portalCustomFields', person: person?.name ?? actor.name, owner: owner(t) }),
    ...changed.map((line) => t('ticket.line', { ns: 'portalCustomFields', ...line })),
  ].join('\n');
  await openRequest(trx, ctx, tenant, actor, { location, subject, text });
  return true;
}

export function openChangeTicket(trx: Executor, ctx: AppContext, tenant: Tenant, actor: PortalActor, about: { location: Location; ownerName: string; changes: FieldChange[] }, openRequest: OpenChangeRequest): Promise<boolean> {
  return fileTicket(trx, ctx, tenant, actor, about.location, () => about.ownerName, (t) => about.changes.map((c) => ({ label: c.field.label, before: shown(c.field.type, c.before, t), after: shown(c.field.type, c.after, t) })), openRequest);
}

/**
 * A contact's name and phone belong to no one location: the request is filed under the first
 * location they use (by customer, then location name). Someone with none has nowhere to file it.
 */
export function contactDetailsTickets(openRequest: OpenChangeRequest): ContactDetailsChanged {
  return async (trx, ctx, tenant, actor, before, after) => {
    if (!tenant.portal_change_tickets) return false;
    const location = (await repo.portalLocationsOf(trx, actor.tenantId, actor.userId))[0];
    if (!location) return false;
    const lines = (t: TFunction): Line[] => {
      const changed: Line[] = [];
      if (before.name !== after.name) changed.push({ label: t('ticket.name', { ns: 'portalCustomFields' }), before: shown('text', before.name, t), after: shown('text', after.name, t) });
      if ((before.phone ?? null) !== (after.phone ?? null)) changed.push({ label: t('ticket.phone', { ns: 'portalCustomFields' }), before: shown('number', before.phone, t), after: shown('number', after.phone, t) });
      return changed;
    };
    const owner = (t: TFunction) => t('ticket.contactOf', { ns: 'portalCustomFields', person: before.name });
    return fileTicket(trx, ctx, tenant, actor, { id: location.id, name: location.name, customer_id: location.customer_id }, owner, lines, openRequest);
  };
}

/** One line of a change to a customer's own data elsewhere in the portal: values already in words, null for none. */
export type DataChange = { label: string; before: string | null; after: string | null };

/**
 * What another feature calls after a customer saves their data in the portal (the reminders
 * feature: the account's contacts), inside its transaction. Answers whether a request was opened.
 */
export type CustomerDataChanged = (trx: Executor, ctx: AppContext, tenant: Tenant, actor: PortalActor, customerId: string, changes: DataChange[]) => Promise<boolean>;

/** Files a customer's change under the first of its locations the person uses. */
export function customerDataTickets(openRequest: OpenChangeRequest): CustomerDataChanged {
  return async (trx, ctx, tenant, actor, customerId, changes) => {
    if (!tenant.portal_change_tickets || changes.length === 0) return false;
    const location = (await repo.portalLocationsOf(trx, actor.tenantId, actor.userId)).find((place) => place.customer_id === customerId);
    if (!location) return false;
    const empty = (t: TFunction) => t('ticket.empty', { ns: 'portalCustomFields' });
    const lines = (t: TFunction): Line[] => changes.map((c) => ({ label: c.label, before: c.before ?? empty(t), after: c.after ?? empty(t) }));
    return fileTicket(trx, ctx, tenant, actor, { id: location.id, name: location.name, customer_id: location.customer_id }, () => location.customer_name, lines, openRequest);
  };
}
