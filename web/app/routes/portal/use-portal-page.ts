import { getRouteApi } from '@tanstack/react-router';
import { usePortalMe } from '../../../features/auth/api/get-portal-me.ts';
import { useSelectedLocation } from '../../../features/portal/components/use-selected-location.ts';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

/** What every signed-in portal page needs: the portal, who is signed in, the location chosen in the header. */
export function usePortalPage() {
  const context = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  const me = usePortalMe(slug).data ?? context.me;
  const [location] = useSelectedLocation(slug, me.locations);
  // Staff viewing the portal as a customer may look but not change anything.
  return { slug, me, location, readOnly: me.viewAs !== null };
}
