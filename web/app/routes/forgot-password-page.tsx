import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/router-links.tsx';
import { useForgotPassword } from '../../features/auth/api/forgot-password.ts';
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('forgotPassword.pageTitle'));
  const mutation = useForgotPassword();
  return (
    <AuthLayout title={t('forgotPassword.title')}>
      <ForgotPasswordForm
        mutation={mutation}
        signInLink={
          <AnchorLink to="/login" size="sm" ta="center">
            {t('forgotPassword.backToSignIn')}
          </AnchorLink>
        }
      />
    </AuthLayout>
  );
}
