import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PortalQuoteView } from '../../../features/billing/components/portal-quote-view.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const quoteRoute = getRouteApi('/portal/$slug/signed-in/billing/quotes/$quoteId');

/** A quote to read and accept or decline; the emailed link and the home page's call to action come here. */
export function PortalQuotePage() {
  const { t } = useTranslation('portalQuotes');
  const { slug, me, readOnly } = usePortalPage();
  const { quoteId } = quoteRoute.useParams();
  usePageTitle(t('title'), me.company.displayName);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} back="billing" title={t('title')} />
      {readOnly ? <ReadOnlyNotice /> : null}
      <PortalQuoteView slug={slug} quoteId={quoteId} readOnly={readOnly} />
    </Stack>
  );
}
