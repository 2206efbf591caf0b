import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { homePathForRole } from '../../../shared/roles.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { useLogin } from '../../features/auth/api/login.ts';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';

const loginRoute = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('signIn.title'));
  const { redirect } = loginRoute.useSearch();
  const router = useRouter();
  const mutation = useLogin({
    onSuccess: (me) => { router.history.push(redirect ?? homePathForRole(me.user.role)); },
  });

  return (
    <AuthLayout
      title={t('signIn.title')}
      subtitle={t('signIn.staffSubtitle')}
      footer={t('signIn.customersHint')}
    >
      <LoginForm
        mutation={mutation}
        forgotPasswordLink={
          <AnchorLink to="/forgot-password" size="sm">
            {t('signIn.forgotPassword')}
          </AnchorLink>
        }
      />
    </AuthLayout>
  );
}
