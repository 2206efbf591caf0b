import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../../components/router-links.tsx';
import { useResetPassword } from '../../../features/auth/api/reset-password.ts';
import { MissingTokenAlert } from '../../../features/auth/components/missing-token-alert.tsx';
import { ResetPasswordForm } from '../../../features/auth/components/reset-password-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AuthLayout } from '../../layouts/auth-layout.tsx';
import { PortalBrand } from '../../layouts/portal-brand.tsx';

const portalRoute = getRouteApi('/portal/$slug');
const resetRoute = getRouteApi('/portal/$slug/reset-password');

export function PortalResetPasswordPage() {
  const { portal } = portalRoute.useRouteContext();
  const { slug } = portalRoute.useParams();
  const { token } = resetRoute.useSearch();
  usePageTitle('Choose a new password', portal.tenant.displayName);
  const mutation = useResetPassword();

  return (
    <AuthLayout brand={<PortalBrand portal={portal} />} title="Choose a new password">
      {token ? (
        <ResetPasswordForm
          token={token}
          mutation={mutation}
          signInLink={
            <AnchorLink to="/portal/$slug/login" params={{ slug }} size="sm" ta="center">
              Go to sign in
            </AnchorLink>
          }
        />
      ) : (
        <MissingTokenAlert
          requestLink={
            <AnchorLink to="/portal/$slug/forgot-password" params={{ slug }} size="sm">
              Request a new link
            </AnchorLink>
          }
        />
      )}
    </AuthLayout>
  );
}
