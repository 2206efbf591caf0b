import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useAddonSettings } from '../../../features/addons/api/addons.ts';
import { AddonsForm } from '../../../features/addons/components/addons-form.tsx';
import { authKeys } from '../../../features/auth/api/query-keys.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function AddonsSettingsPage() {
  const { t } = useTranslation('addons');
  usePageTitle(t('title'));
  const query = useAddonSettings();
  const queryClient = useQueryClient();
  // Which add-ons are on travels with who-is-signed-in, which every office page reads: read it again.
  const reread = () => void queryClient.invalidateQueries({ queryKey: authKeys.all });
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <PageLoader />;
  return <AddonsForm current={query.data} onSaved={reread} />;
}
