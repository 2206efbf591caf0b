import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalForgotPassword } from '../../../features/auth/api/portal-forgot-password.ts';
import { ForgotPasswordForm } from '../../../features/auth/components/forgot-password-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AuthLayout } from '../../layouts/auth-layout.tsx';
import { PortalBrand } from '../../layouts/portal-brand.tsx';

const portalRoute = getRouteApi('/portal/$slug');

export function PortalForgotPasswordPage() {
  const { portal } = portalRoute.useRouteContext();
  const { slug } = portalRoute.useParams();
  const { t } = useTranslation('auth');
  usePageTitle(t('forgotPassword.pageTitle'), portal.company.displayName);
  const mutation = usePortalForgotPassword(slug);

  return (
    <AuthLayout brand={<PortalBrand portal={portal} />} title={t('forgotPassword.title')}>
      <ForgotPasswordForm
        mutation={mutation}
        signInLink={
          <AnchorLink to="/portal/$slug/login" params={{ slug }} size="sm" ta="center">
            {t('forgotPassword.backToSignIn')}
          </AnchorLink>
        }
      />
    </AuthLayout>
  );
}
