import { Card } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { authKeys } from '../../../features/auth/api/query-keys.ts';
import { useCompany } from '../../../features/company/api/company.ts';
import { CompanyForm } from '../../../features/company/components/company-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function CompanySettingsPage() {
  const { t } = useTranslation('company');
  usePageTitle(t('title'));
  const company = useCompany();
  const queryClient = useQueryClient();
  // The company's zone and default language travel with who-is-signed-in: read it again.
  const reread = () => void queryClient.invalidateQueries({ queryKey: authKeys.all });
  if (company.isError) return <LoadErrorAlert error={company.error} onRetry={() => void company.refetch()} title={t('loadFailed')} />;
  if (!company.data) return <PageLoader />;
  return (
    <Card withBorder padding="lg" shadow="xs">
      <CompanyForm company={company.data} onSaved={reread} />
    </Card>
  );
}
