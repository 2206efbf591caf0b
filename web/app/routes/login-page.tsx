import { getRouteApi, useRouter } from '@tanstack/react-router';
import { homePathForRole } from '../../../shared/roles.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { useLogin } from '../../features/auth/api/login.ts';
import { LoginForm } from '../../features/auth/components/login-form.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';

const loginRoute = getRouteApi('/login');

export function LoginPage() {
  usePageTitle('Sign in');
  const { redirect } = loginRoute.useSearch();
  const router = useRouter();
  const mutation = useLogin({
    onSuccess: (me) => { router.history.push(redirect ?? homePathForRole(me.user.role)); },
  });

  return (
    <AuthLayout
      title="Sign in"
      subtitle="For office and field staff."
      footer="Customers: use the portal link your cleaning company sent you."
    >
      <LoginForm
        mutation={mutation}
        forgotPasswordLink={
          <AnchorLink to="/forgot-password" size="sm">
            Forgot password?
          </AnchorLink>
        }
      />
    </AuthLayout>
  );
}
