import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { VisitView } from '../../../features/field/components/visit-view.tsx';
import { VisitKeys } from '../../../features/keys/components/visit-keys.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const visitRoute = getRouteApi('/field/visits/$visitId');

export function VisitPage() {
  const { t } = useTranslation('field');
  usePageTitle(t('visit.back'));
  const { visitId } = visitRoute.useParams();
  const { me } = visitRoute.useRouteContext();
  // The keys of the visit's location come from the key rings, shown with the access notes.
  return <VisitView visitId={visitId} meId={me.user.id} keys={<VisitKeys visitId={visitId} meId={me.user.id} />} />;
}
