import { getRouteApi } from '@tanstack/react-router';
import { PortalHome } from '../../../features/portal/components/portal-home.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

export function PortalHomePage() {
  const { me } = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  usePageTitle('Home', me.tenant.displayName);
  return <PortalHome slug={slug} me={me} />;
}
