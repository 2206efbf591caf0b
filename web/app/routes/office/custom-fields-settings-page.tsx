import { useTranslation } from 'react-i18next';
import { CustomFieldsSettings } from '../../../features/custom-fields/components/custom-fields-settings.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function CustomFieldsSettingsPage() {
  const { t } = useTranslation('customFields');
  usePageTitle(t('title'));
  return <CustomFieldsSettings />;
}
