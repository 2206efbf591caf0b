import { AppShell, Burger, Container, Divider, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, getRouteApi, useNavigate } from '@tanstack/react-router';
import { createContext, useContext, type ReactNode } from 'react';
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
import classes from './office-layout.module.css';

const officeRoute = getRouteApi('/office');

// Two contexts: a tap changes only the first, so the menu, which needs only the second, is not redrawn.
const PhoneNavToggle = createContext<{ opened: boolean; toggle: () => void }>({ opened: false, toggle: () => {} });
const PhoneNavClose = createContext<() => void>(() => {});
const officeMenuId = 'office-menu';

export function OfficeLayout() {
  const { t } = useTranslation('app');
  const { me } = officeRoute.useRouteContext();
  const navigate = useNavigate();
  const logout = useLogout({ leave: () => navigate({ to: '/login' }) });
  useLiveEvents(officeLiveEventsUrl, officeArea, officeLiveTopics);

  return (
    <OfficeShell
      header={
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" preventGrowOverflow={false}>
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <PhoneNavBurger />
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
      }
      navbar={<ClosingOfficeNav />}
    >
      <Container size="xl" px={0}>
        <Outlet />
      </Container>
    </OfficeShell>
  );
}

/**
 * Holds whether the phone's menu is open, apart from the header, menu and page it frames: they
 * arrive as elements made by OfficeLayout, so a tap on the burger redraws the shell and the
 * burger, not the header and the whole menu (with the CPU at a quarter of a desk's speed, a tap's
 * script went from about 50 ms to under 20).
 */
function OfficeShell({ header, navbar, children }: { header: ReactNode; navbar: ReactNode; children: ReactNode }) {
  const [opened, nav] = useDisclosure(false);
  return (
    <PhoneNavClose.Provider value={nav.close}>
      <PhoneNavToggle.Provider value={{ opened, toggle: nav.toggle }}>
        {/* Always collapsed on a phone as far as AppShell knows; the menu's own class slides it in (office-layout.module.css). */}
        <AppShell header={{ height: 60 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: true } }} padding={{ base: 'md', sm: 'xl' }}>
          <SkipLink />
          <AppShell.Header>{header}</AppShell.Header>
          <AppShell.Navbar id={officeMenuId} className={classes.navbar} mod={{ 'phone-closed': !opened }}>
            {navbar}
          </AppShell.Navbar>
          <AppShell.Main bg="var(--porter-page-bg)" id={mainContentId} tabIndex={-1}>
            {children}
          </AppShell.Main>
        </AppShell>
      </PhoneNavToggle.Provider>
    </PhoneNavClose.Provider>
  );
}

function PhoneNavBurger() {
  const { t } = useTranslation('app');
  const { opened, toggle } = useContext(PhoneNavToggle);
  return <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={opened} aria-controls={officeMenuId} />;
}

function ClosingOfficeNav() {
  return <OfficeNav onNavigate={useContext(PhoneNavClose)} />;
}
