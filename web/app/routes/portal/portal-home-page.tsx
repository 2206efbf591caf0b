import { getRouteApi } from '@tanstack/react-router';
import { usePortalMe } from '../../../features/auth/api/get-portal-me.ts';
import { PortalHome } from '../../../features/portal/components/portal-home.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

export function PortalHomePage() {
  const context = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  const me = usePortalMe(slug).data ?? context.me;
  usePageTitle('Home', me.tenant.displayName);
  return <PortalHome slug={slug} me={me} />;
}
