import { TodayView } from '../../../features/field/components/today-view.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function TodayPage() {
  usePageTitle('Today');
  return <TodayView />;
}
