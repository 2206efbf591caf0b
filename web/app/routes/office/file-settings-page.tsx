import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFileSettings } from '../../../features/files/api/get-file-settings.ts';
import { FileSettingsForm } from '../../../features/files/components/file-settings-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function FileSettingsPage() {
  const { t } = useTranslation('files');
  usePageTitle(t('settings.title'));
  const query = useFileSettings();
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('settings.loadFailed')} />;
  if (!query.data) return <PageLoader />;
  return <FileSettingsForm current={query.data} />;
}
