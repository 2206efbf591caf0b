import { AppShell, Burger, Container, Divider, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LogoMark } from '../../components/logo-mark.tsx';
import { useLogout } from '../../features/auth/api/logout.ts';
import { NotificationBell } from '../../features/notifications/components/notification-bell.tsx';
import { OfficeNav } from './office-nav.tsx';
import { UserMenu } from './user-menu.tsx';
import { mainContentId, SkipLink } from '../../components/skip-link.tsx';
import { officeLiveEventsUrl } from '../../features/events/api/open-live-events.ts';
import { useLiveEvents } from '../../features/events/use-live-events.ts';
import { officeArea, officeLiveTopics } from '../live-topics.ts';

const officeRoute = getRouteApi('/office');

export function OfficeLayout() {
  const { t } = useTranslation('app');
  const { me } = officeRoute.useRouteContext();
  const navigate = useNavigate();
  const [navOpened, nav] = useDisclosure(false);
  const logout = useLogout({ leave: () => navigate({ to: '/login' }) });
  useLiveEvents(officeLiveEventsUrl, officeArea, officeLiveTopics);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" preventGrowOverflow={false}>
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <LogoMark size={32} />
            <Text fw={800} fz="lg" lts={-0.3}>
              {/* i18n-exempt: the product's name, the same in every language */}
              Porter
            </Text>
            <Divider orientation="vertical" visibleFrom="xs" />
            <Text c="dimmed" fw={500} truncate visibleFrom="xs">
              {me.company.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu
              name={me.user.name}
              detail={t(`roles.${me.user.role}`)}
              onProfile={() => void navigate({ to: '/office/profile' })}
              onSignOut={() => { logout.mutate(); }}
              signingOut={logout.isPending}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <OfficeNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--porter-page-bg)" id={mainContentId} tabIndex={-1}>
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
