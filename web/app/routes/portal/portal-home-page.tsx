import { useTranslation } from 'react-i18next';
import { AcceptPendingTerms } from '../../../features/billing/components/accept-pending-terms.tsx';
import { RateLastJob } from '../../../features/feedback/components/rate-last-job.tsx';
import { PastDuePanel, PayBalanceCallToAction } from '../../../features/billing/components/billing-panels.tsx';
import { CallsToAction } from '../../../features/portal/components/calls-to-action.tsx';
import { PortalHome } from '../../../features/portal/components/portal-home.tsx';
import { usePortalChatUnread } from '../../../features/chat/api/get-unread.ts';
import { NewRequestButton } from '../../../features/service-requests/components/new-request-button.tsx';
import { OpenRequestsPanel } from '../../../features/service-requests/components/open-requests-panel.tsx';
import { WhosWorkingCard } from '../../../features/field/components/whos-working-card.tsx';
import { PortalNextVisitCard } from '../../../features/visits/components/portal-next-visit-card.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

export function PortalHomePage() {
  const { t } = useTranslation('portal');
  const { slug, me, location } = usePortalPage();
  usePageTitle(t('home.pageTitle'), me.company.displayName);
  // Billing is for the billing contacts of the selected location's customer; a site contact sees operations only.
  const billingContact = Boolean(location && me.customers.find((customer) => customer.id === location.customerId)?.isBillingContact);
  const chatUnread = usePortalChatUnread(slug).data?.byLocation[location?.id ?? ''] ?? 0;
  return (
    <PortalHome slug={slug} me={me} chatUnread={chatUnread} action={location?.features.serviceRequests ? <NewRequestButton key={location.id} slug={slug} locationId={location.id} /> : null}>
      {location && billingContact ? <PastDuePanel key={`past-due-${location.id}`} slug={slug} locationId={location.id} /> : null}
      {/* Accept pending terms, pay an open balance, rate the last job: in that order. */}
      <CallsToAction>
        <AcceptPendingTerms slug={slug} />
        {location && billingContact ? <PayBalanceCallToAction key={`pay-balance-${location.id}`} slug={slug} locationId={location.id} /> : null}
        {location?.features.feedback ? <RateLastJob key={`last-job-${location.id}`} slug={slug} locationId={location.id} locationName={location.name} /> : null}
      </CallsToAction>
      {location ? <PortalNextVisitCard key={`next-visit-${location.id}`} slug={slug} locationId={location.id} /> : null}
      {location?.features.whosWorking ? <WhosWorkingCard key={`whos-working-${location.id}`} slug={slug} locationId={location.id} /> : null}
      {location?.features.serviceRequests ? <OpenRequestsPanel key={location.id} slug={slug} locationId={location.id} /> : null}
    </PortalHome>
  );
}
