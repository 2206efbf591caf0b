import { Button, Container, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { Outlet, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LogoMark } from '../../components/logo-mark.tsx';
import { PendingWrites } from '../../components/pending-writes.tsx';
import { forgetFieldData, registerFieldApp } from '../../lib/field-app.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { mainContentId, SkipLink } from '../../components/skip-link.tsx';
import { officeLiveEventsUrl } from '../../features/events/api/open-live-events.ts';
import { useLiveEvents } from '../../features/events/use-live-events.ts';
import { fieldArea, fieldLiveTopics } from '../live-topics.ts';

const fieldRoute = getRouteApi('/field');

/** Phone-first chrome for technicians: company name and a way out, nothing else to tap by mistake. */
export function FieldLayout() {
  const { t } = useTranslation();
  const { me } = fieldRoute.useRouteContext();
  const navigate = useNavigate();
  const logout = useLogout({
    leave: async () => {
      await forgetFieldData();
      await navigate({ to: '/login', search: { redirect: '/field' } });
    },
  });

  useEffect(registerFieldApp, []);
  useLiveEvents(officeLiveEventsUrl, fieldArea, fieldLiveTopics);

  return (
    <>
      <SkipLink />
      <Group
        component="header"
        justify="space-between"
        wrap="nowrap"
        preventGrowOverflow={false}
        px="md"
        h={56}
        bg="var(--mantine-color-body)"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <LogoMark size={30} />
          <Text fw={700} truncate>
            {me.company.name}
          </Text>
        </Group>
        <Button
          variant="default"
          size="sm"
          style={{ flexShrink: 0 }}
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => { logout.mutate(); }}
          loading={logout.isPending}
        >
          {t('actions.signOut')}
        </Button>
      </Group>
      <Container size="xs" component="main" id={mainContentId} tabIndex={-1} py="lg">
        <PendingWrites ownerId={me.user.id} />
        <Outlet />
      </Container>
    </>
  );
}
