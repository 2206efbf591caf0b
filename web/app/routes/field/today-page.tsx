import { useTranslation } from 'react-i18next';
import { TodayView } from '../../../features/field/components/today-view.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function TodayPage() {
  const { t } = useTranslation('field');
  usePageTitle(t('today.title'));
  return <TodayView />;
}
