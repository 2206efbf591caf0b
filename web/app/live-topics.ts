import { portalBillingKeys } from '../features/billing/api/portal-billing-keys.ts';
import type { LiveTopics } from '../features/events/use-live-events.ts';
import { quoteKeys } from '../features/billing/api/quotes.ts';
import { chatKeys } from '../features/chat/api/query-keys.ts';
import { billingKeys } from '../features/billing/api/query-keys.ts';
import { feedbackKeys } from '../features/feedback/api/query-keys.ts';
import { inspectionKeys } from '../features/inspections/api/query-keys.ts';
import { portalVisitKeys } from '../features/visits/api/portal-query-keys.ts';
import { visitKeys } from '../features/visits/api/query-keys.ts';
import { scheduleKeys } from '../features/visits/api/schedule-keys.ts';

/**
 * What each live-event topic makes stale, per area. Features never import each other, so the
 * composition of topics and query keys lives here, beside the layouts that use it.
 */
export const officeArea = ['office'] as const;
export const officeLiveTopics: LiveTopics = {
  visits: [scheduleKeys.all, visitKeys.all],
  inspections: [inspectionKeys.all],
  quotes: [quoteKeys.all],
  invoices: [billingKeys.all],
  chat: [chatKeys.office],
};

/** The field app's queries all start with `['field']`; a visit changing can touch any of them. */
export const fieldArea = ['field'] as const;
export const fieldLiveTopics: LiveTopics = {
  visits: [fieldArea],
};

export const portalArea = (slug: string) => ['portal', slug] as const;
export function portalLiveTopics(slug: string): LiveTopics {
  // A visit finishing asks for its rating (Rate last job) as well as changing the visit cards; a
  // clock-in or out changes Who's working, which would otherwise wait for its one-minute poll.
  // An invoice sent or voided, or a payment settling, changes the balance, the lists and the home's past-due panel.
  return {
    visits: [portalVisitKeys.all(slug), feedbackKeys.portalAll(slug), ['portal', slug, 'whos-working']],
    inspections: [['portal', slug, 'inspections']],
    invoices: [portalBillingKeys.all(slug)],
    payments: [portalBillingKeys.all(slug)],
    quotes: [quoteKeys.portalAll(slug)],
    chat: [chatKeys.portal(slug)],
  };
}
