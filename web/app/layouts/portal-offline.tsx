import { Button, Container, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconRefresh, IconWifiOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalInfo } from '../../../shared/features/auth/portal-auth.contract.ts';
import { portalInfoQueryOptions } from '../../features/auth/api/get-portal-info.ts';
import { ErrorFallback } from '../../components/error-fallback.tsx';
import { LogoMark } from '../../components/logo-mark.tsx';
import { mainContentId } from '../../components/skip-link.tsx';
import { ApiUnreachableError } from '../../lib/api-client.ts';
import { PortalBrand } from './portal-brand.tsx';

/** The network failed, not Porter: an API call that never got through, or a page's code that could not be fetched. */
function isOffline(error: unknown): boolean {
  return (error instanceof ApiUnreachableError && error.reason === 'offline') || !navigator.onLine;
}

/**
 * What a returning customer sees when the portal opens from this phone with no connection: the company's brand
 * (kept by the portal's service worker, `web/public/portal-sw.js`), that they are offline and what cannot work.
 * Nothing the customer read last time is shown: it is not kept on the phone.
 */
export function PortalOffline({ portal }: { portal: PortalInfo | null }) {
  const { t } = useTranslation('portal');
  const router = useRouter();

  // The page comes back by itself with the connection.
  useEffect(() => {
    const retry = () => void router.invalidate();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [router]);

  return (
    <Container size="xs" component="main" id={mainContentId} tabIndex={-1} py="xl">
      <Stack align="center" gap="lg" ta="center">
        {portal ? <PortalBrand portal={portal} /> : <LogoMark size={56} />}
        <Stack align="center" gap="sm" role="alert">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconWifiOff size={30} aria-hidden />
          </ThemeIcon>
          <Title order={1} fz={24}>
            {t('offline.title')}
          </Title>
          <Text>{t('offline.text')}</Text>
          <Text c="dimmed">{t('offline.next')}</Text>
        </Stack>
        <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={() => void router.invalidate()}>
          {t('offline.retry')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('layout.poweredBy')}
        </Text>
      </Stack>
    </Container>
  );
}

/** The portal's error page: offline, in the company's brand once its public info was read; else the app's usual one. */
export function PortalError({ error }: ErrorComponentProps) {
  const { slug } = useParams({ strict: false });
  const queryClient = useQueryClient();
  if (!isOffline(error)) return <ErrorFallback />;
  const portal = slug ? queryClient.getQueryData(portalInfoQueryOptions(slug).queryKey) : undefined;
  return <PortalOffline portal={portal ?? null} />;
}
