import { AnchorLink } from '../../components/router-links.tsx';
import { useForgotPassword } from '../../features/auth/api/forgot-password.ts';
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';

export function ForgotPasswordPage() {
  usePageTitle('Forgot password');
  const mutation = useForgotPassword();
  return (
    <AuthLayout title="Forgot your password?">
      <ForgotPasswordForm
        mutation={mutation}
        signInLink={
          <AnchorLink to="/login" size="sm" ta="center">
            Back to sign in
          </AnchorLink>
        }
      />
    </AuthLayout>
  );
}
