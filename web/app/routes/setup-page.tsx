import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { staffMeQueryOptions } from '../../features/auth/api/get-staff-me.ts';
import { useCreateCompany } from '../../features/setup/api/create-company.ts';
import { SetupForm } from '../../features/setup/components/setup-form.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';

export function SetupPage() {
  const { t } = useTranslation('setup');
  usePageTitle(t('pageTitle'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mutation = useCreateCompany({
    onSuccess: (me) => {
      queryClient.setQueryData(staffMeQueryOptions().queryKey, me);
      void navigate({ to: '/office' });
    },
  });

  return (
    <AuthLayout
      wide
      title={t('title')}
      subtitle={t('subtitle')}
    >
      <SetupForm mutation={mutation} />
    </AuthLayout>
  );
}
