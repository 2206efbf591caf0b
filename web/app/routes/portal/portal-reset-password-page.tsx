import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('resetPassword.title'), portal.company.displayName);
  const mutation = useResetPassword();

  return (
    <AuthLayout brand={<PortalBrand portal={portal} />} title={t('resetPassword.title')}>
      {token ? (
        <ResetPasswordForm
          token={token}
          mutation={mutation}
          signInLink={
            <AnchorLink to="/portal/$slug/login" params={{ slug }} size="sm" ta="center">
              {t('common:actions.goToSignIn')}
            </AnchorLink>
          }
        />
      ) : (
        <MissingTokenAlert
          requestLink={
            <AnchorLink to="/portal/$slug/forgot-password" params={{ slug }} size="sm">
              {t('resetPassword.requestNewLink')}
            </AnchorLink>
          }
        />
      )}
    </AuthLayout>
  );
}
