import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CardsPanel } from '../../../features/billing/components/cards-panel.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

/** The cards of the customer behind the location chosen in the header; its billing contacts only (others hear "not found"). */
export function PortalBillingCardsPage() {
  const { t } = useTranslation('portalPayments');
  const { slug, me, location, readOnly } = usePortalPage();
  usePageTitle(t('cards.title'), me.company.displayName);
  const customer = location ? me.customers.find((c) => c.id === location.customerId) : undefined;
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} back="billing" title={t('cards.title')} description={t('cards.description', { company: me.company.displayName })} />
      {readOnly ? <ReadOnlyNotice /> : null}
      {location && customer && !customer.isBillingContact ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('cards.notBillingContact', { customer: customer.name })}
        </Alert>
      ) : location ? (
        <CardsPanel key={location.id} slug={slug} locationId={location.id} companyName={me.company.displayName} readOnly={readOnly} />
      ) : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('cards.pickLocation')}
        </Alert>
      )}
    </Stack>
  );
}
