import { useTranslation } from 'react-i18next';
import { ReminderSettingsPanel } from '../../../features/reminders/components/reminder-settings-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function ReminderSettingsPage() {
  const { t } = useTranslation('reminders');
  usePageTitle(t('settings.title'));
  return <ReminderSettingsPanel />;
}
