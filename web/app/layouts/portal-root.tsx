import { useQuery } from '@tanstack/react-query';
import { Outlet, getRouteApi } from '@tanstack/react-router';
import { useEffect, useLayoutEffect } from 'react';
import { portalInfoQueryOptions } from '../../features/auth/api/get-portal-info.ts';
import { accentVariables } from '../../lib/accent-palette.ts';
import { registerPortalApp } from '../../lib/portal-app.ts';

const portalRoute = getRouteApi('/portal/$slug');

/**
 * Every page of a company's portal wears its brand colour. The colour goes on the document root rather than a
 * wrapper, so menus, modals and notifications (rendered outside the page) wear it too; leaving the portal puts
 * Porter's own colour back.
 */
export function PortalRoot() {
  const { slug } = portalRoute.useParams();
  const { portal } = portalRoute.useRouteContext();
  const info = useQuery(portalInfoQueryOptions(slug)).data ?? portal;
  const { brandColor, logoUrl } = info.branding;

  useEffect(() => registerPortalApp(slug, logoUrl), [slug, logoUrl]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    const variables = Object.entries(accentVariables(brandColor));
    for (const [name, value] of variables) root.style.setProperty(name, value);
    return () => {
      for (const [name] of variables) root.style.removeProperty(name);
    };
  }, [brandColor]);

  return <Outlet />;
}
