import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/router-links.tsx';
import { useResetPassword } from '../../features/auth/api/reset-password.ts';
import { MissingTokenAlert } from '../../features/auth/components/missing-token-alert.tsx';
import { ResetPasswordForm } from '../../features/auth/components/reset-password-form.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';

const resetRoute = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('resetPassword.title'));
  const { token } = resetRoute.useSearch();
  const mutation = useResetPassword();
  const signInLink = (
    <AnchorLink to="/login" size="sm" ta="center">
      {t('common:actions.goToSignIn')}
    </AnchorLink>
  );
  const requestLink = (
    <AnchorLink to="/forgot-password" size="sm">
      {t('resetPassword.requestNewLink')}
    </AnchorLink>
  );

  return (
    <AuthLayout title={t('resetPassword.title')}>
      {token ? (
        <ResetPasswordForm token={token} mutation={mutation} signInLink={signInLink} />
      ) : (
        <MissingTokenAlert requestLink={requestLink} />
      )}
    </AuthLayout>
  );
}
