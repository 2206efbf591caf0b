import { Alert, Stack, Text } from '@mantine/core';
import { IconLock, IconPlugConnectedX } from '@tabler/icons-react';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';
import { accessRevokedMessage } from '../../../features/auth/api/access-revoked.ts';
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
  const { displayName } = portal.company;
  const { t } = useTranslation('auth');
  usePageTitle(t('signIn.title'), displayName);
  // Set when the app signed this person out because the office locked their access.
  const [revoked] = useState(() => accessRevokedMessage(slug));
  const mutation = usePortalLogin({ slug, onSuccess: () => { router.history.push(redirect ?? `/portal/${slug}`); } });

  return (
    <AuthLayout
      brand={<PortalBrand portal={portal} />}
      title={t('signIn.title')}
      subtitle={portal.portalEnabled ? t('signIn.portalSubtitle', { company: displayName }) : undefined}
    >
      {portal.portalEnabled ? (
        <Stack gap="md">
          {revoked && !mutation.error ? (
            <Alert color="red" variant="light" icon={<IconLock size={20} />} title={t('signIn.accessRemoved')} role="alert">
              {revoked}
            </Alert>
          ) : null}
          <LoginForm
            mutation={mutation}
            forgotPasswordLink={
              <AnchorLink to="/portal/$slug/forgot-password" params={{ slug }} size="sm">
                {t('signIn.forgotPassword')}
              </AnchorLink>
            }
          />
          <Text size="sm" c="dimmed">
            {t('signIn.noAccount', { company: displayName })}
          </Text>
        </Stack>
      ) : (
        <Alert color="gray" variant="light" icon={<IconPlugConnectedX size={20} />} role="status">
          {t('signIn.portalUnavailable', { company: displayName })}
        </Alert>
      )}
    </AuthLayout>
  );
}
