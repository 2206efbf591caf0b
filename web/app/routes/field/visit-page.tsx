import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { VisitView } from '../../../features/field/components/visit-view.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const visitRoute = getRouteApi('/field/visits/$visitId');

export function VisitPage() {
  const { t } = useTranslation('field');
  usePageTitle(t('visit.back'));
  const { visitId } = visitRoute.useParams();
  const { me } = visitRoute.useRouteContext();
  return <VisitView visitId={visitId} meId={me.user.id} />;
}
