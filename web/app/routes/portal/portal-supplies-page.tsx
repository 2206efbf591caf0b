import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { FeatureUnavailable } from '../../../features/portal/components/feature-unavailable.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { useOrderForm } from '../../../features/supplies/api/get-order-form.ts';
import { PortalOrderForm } from '../../../features/supplies/components/portal-order-form.tsx';
import { PortalOrderHistory } from '../../../features/supplies/components/portal-order-history.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

interface SuppliesProps {
  slug: string;
  locationId: string;
  locationName: string;
  companyName: string;
  readOnly: boolean;
}

function Supplies({ slug, locationId, locationName, companyName, readOnly }: SuppliesProps) {
  const { t } = useTranslation('portal');
  const form = useOrderForm(slug, locationId);
  if (isApiError(form.error, 404)) {
    return <FeatureUnavailable slug={slug} feature="supplyRequests" locationName={locationName} companyName={companyName} />;
  }
  return (
    <Stack gap="xl">
      {form.isError && !form.data ? <LoadErrorAlert error={form.error} onRetry={() => void form.refetch()} title={t('supplies.loadFailed')} /> : null}
      {!form.data && !form.isError ? <Skeleton height={240} radius="lg" /> : null}
      {form.data ? (
        <ReadOnlyFieldset readOnly={readOnly}>
          <PortalOrderForm slug={slug} locationId={locationId} products={form.data.products} />
        </ReadOnlyFieldset>
      ) : null}
      <PortalOrderHistory slug={slug} locationId={locationId} />
    </Stack>
  );
}

export function PortalSuppliesPage() {
  const { t } = useTranslation('portal');
  const { slug, me, location, readOnly } = usePortalPage();
  usePageTitle(t('supplies.title'), me.company.displayName);
  return (
    <Stack gap="lg">
      <PortalPageHeader
        slug={slug}
        title={t('supplies.title')}
        description={location ? t('supplies.description', { location: location.name }) : undefined}
      />
      {readOnly ? <ReadOnlyNotice /> : null}
      {location?.features.supplyRequests ? (
        <Supplies key={location.id} slug={slug} locationId={location.id} locationName={location.name} companyName={me.company.displayName} readOnly={readOnly} />
      ) : (
        <FeatureUnavailable slug={slug} feature="supplyRequests" locationName={location?.name ?? null} companyName={me.company.displayName} />
      )}
    </Stack>
  );
}
