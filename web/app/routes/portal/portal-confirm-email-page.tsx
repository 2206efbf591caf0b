import { Alert, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalConfirmEmail } from '../../../features/auth/api/portal-confirm-email.ts';
import { MissingTokenAlert } from '../../../features/auth/components/missing-token-alert.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AuthLayout } from '../../layouts/auth-layout.tsx';
import { PortalBrand } from '../../layouts/portal-brand.tsx';

const portalRoute = getRouteApi('/portal/$slug');
const confirmRoute = getRouteApi('/portal/$slug/confirm-email');

export function PortalConfirmEmailPage() {
  const { portal } = portalRoute.useRouteContext();
  const { slug } = portalRoute.useParams();
  const { token } = confirmRoute.useSearch();
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('confirmEmail.title'), portal.company.displayName);
  const mutation = usePortalConfirmEmail(slug);
  const { mutate } = mutation;
  // Strict mode runs effects twice in development; a token can be used only once.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  const signIn = (
    <AnchorLink to="/portal/$slug/login" params={{ slug }} size="sm" ta="center">
      {t('common:actions.goToSignIn')}
    </AnchorLink>
  );

  function renderBody() {
    if (!token) return <MissingTokenAlert requestLink={signIn} />;
    if (mutation.isSuccess) {
      return (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('confirmEmail.confirmed')} role="status">
          {mutation.data.message}
        </Alert>
      );
    }
    if (mutation.isError) return <FormErrorAlert error={mutation.error} />;
    return (
      <Stack align="center" gap="xs" py="md" role="status">
        <Loader type="dots" />
        <Text c="dimmed" size="sm">
          {t('confirmEmail.confirming')}
        </Text>
      </Stack>
    );
  }

  return (
    <AuthLayout brand={<PortalBrand portal={portal} />} title={t('confirmEmail.title')}>
      <Stack gap="md">
        {renderBody()}
        {token && !mutation.isPending && !mutation.isIdle ? signIn : null}
      </Stack>
    </AuthLayout>
  );
}
