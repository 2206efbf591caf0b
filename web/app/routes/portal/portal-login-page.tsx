import { Alert } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalLogin } from '../../../features/auth/api/portal-login.ts';
import { LoginForm } from '../../../features/auth/components/login-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AuthLayout } from '../../layouts/auth-layout.tsx';
import { PortalBrand } from '../../layouts/portal-brand.tsx';

const portalRoute = getRouteApi('/portal/$slug');
const loginRoute = getRouteApi('/portal/$slug/login');

export function PortalLoginPage() {
  const { portal } = portalRoute.useRouteContext();
  const { slug } = portalRoute.useParams();
  const { redirect } = loginRoute.useSearch();
  const router = useRouter();
  const { displayName } = portal.tenant;
  usePageTitle('Sign in', displayName);
  const mutation = usePortalLogin({ slug, onSuccess: () => { router.history.push(redirect ?? `/portal/${slug}`); } });

  return (
    <AuthLayout
      brand={<PortalBrand displayName={displayName} />}
      title="Sign in"
      subtitle={portal.portalEnabled ? `Your customer portal at ${displayName}.` : undefined}
    >
      {portal.portalEnabled ? (
        <LoginForm
          mutation={mutation}
          forgotPasswordLink={
            <AnchorLink to="/portal/$slug/forgot-password" params={{ slug }} size="sm">
              Forgot password?
            </AnchorLink>
          }
        />
      ) : (
        <Alert color="gray" variant="light" icon={<IconPlugConnectedX size={20} />} role="status">
          The customer portal of {displayName} is not available right now.
        </Alert>
      )}
    </AuthLayout>
  );
}
