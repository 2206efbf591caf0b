import { Box, Button, Container, Group, Image, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HoverHint } from '../../components/hover-hint.tsx';
import { CompanyMonogram } from '../../components/logo-mark.tsx';
import { ActionIconLink } from '../../components/router-links.tsx';
import { portalInfoQueryOptions } from '../../features/auth/api/get-portal-info.ts';
import { useWatchedPortalMe } from '../../features/auth/api/get-portal-me.ts';
import { usePortalLogout } from '../../features/auth/api/portal-logout.ts';
import { ContactMenu } from '../../features/portal/components/contact-menu.tsx';
import { LocationSwitcher } from '../../features/portal/components/location-switcher.tsx';
import { PortalTabBar } from '../../features/portal/components/portal-tab-bar.tsx';
import { usePortalChatUnread } from '../../features/chat/api/get-unread.ts';
import { SocialLinks } from '../../features/portal/components/social-links.tsx';
import { useSelectedLocation } from '../../features/portal/components/use-selected-location.ts';
import { ViewAsBanner } from '../../features/portal/components/view-as-banner.tsx';
import classes from './portal-layout.module.css';
import { mainContentId, SkipLink } from '../../components/skip-link.tsx';
import { portalLiveEventsUrl } from '../../features/events/api/open-live-events.ts';
import { useLiveEvents } from '../../features/events/use-live-events.ts';
import { portalArea, portalLiveTopics } from '../live-topics.ts';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

export function PortalLayout() {
  const { t } = useTranslation(['portal', 'common']);
  const context = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const watched = useWatchedPortalMe(slug);
  const me = watched.data ?? context.me;
  const signedOut = watched.data === null;
  const { location: requestedLocation } = signedInRoute.useSearch();
  const [location, selectLocation] = useSelectedLocation(slug, me.locations);
  // On a phone the header keeps to one slim row, so the switcher moves to the top of the page, which scrolls away.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const switcher = <LocationSwitcher slug={slug} me={me} />;
  useLiveEvents(portalLiveEventsUrl(slug), portalArea(slug), portalLiveTopics(slug));
  const chatUnread = usePortalChatUnread(slug).data?.byLocation[location?.id ?? ''] ?? 0;
  const logout = usePortalLogout({
    slug,
    leave: () => navigate({ to: '/portal/$slug/login', params: { slug } }),
  });

  // The session ended under this open page (locked by the office, expired, or signed out elsewhere).
  useEffect(() => {
    if (signedOut) void navigate({ to: '/portal/$slug/login', params: { slug } });
  }, [signedOut, navigate, slug]);

  // A link naming a location opens it, then the address goes back to plain.
  useEffect(() => {
    if (!requestedLocation) return;
    if (me.locations.some((location) => location.id === requestedLocation)) selectLocation(requestedLocation);
    void navigate({ to: '.', search: {}, replace: true });
  }, [requestedLocation, me.locations, selectLocation, navigate]);

  const { displayName } = me.company;
  const { branding } = me;

  // The brand colour is applied from the public portal info; the signed-in answer, checked every 30 seconds, is fresher.
  useEffect(() => {
    queryClient.setQueryData(portalInfoQueryOptions(slug).queryKey, (info) => info && { ...info, branding });
  }, [queryClient, slug, branding]);

  return (
    <>
      <SkipLink />
      {me.viewAs ? <ViewAsBanner userName={me.user.name} staffName={me.viewAs.staffName} /> : null}
      <header className={classes.header}>
        <Container size="md" className={classes.bar}>
          <Link to="/portal/$slug" params={{ slug }} className={classes.brand}>
            <Group gap="sm" wrap="nowrap">
              {branding.logoUrl ? (
                <Image src={branding.logoUrl} alt={displayName} h={36} w="auto" maw={{ base: 140, sm: 120 }} fit="contain" style={{ flexShrink: 0 }} />
              ) : (
                <CompanyMonogram name={displayName} color={branding.brandColor} size={34} />
              )}
              {/* Beside a logo the name is repeated only where there is room; the logo's alt text names it anyway. */}
              <Text
                fw={800}
                fz={{ base: 'md', sm: 'lg' }}
                lh={1.25}
                lineClamp={2}
                visibleFrom={branding.logoUrl ? 'sm' : undefined}
                aria-hidden={branding.logoUrl ? true : undefined}
              >
                {displayName}
              </Text>
            </Group>
          </Link>
          {wide ? <div className={classes.switcher}>{switcher}</div> : null}
          <Group gap="xs" wrap="nowrap" className={classes.actions}>
            <ContactMenu branding={branding} companyName={displayName} />
            <HoverHint label={t('layout.account')} position="bottom">
              <ActionIconLink
                to="/portal/$slug/profile"
                params={{ slug }}
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('layout.account')}
              >
                <IconUserCircle size={22} />
              </ActionIconLink>
            </HoverHint>
            {/* On phones only the icon shows, so the name comes from aria-label. */}
            <Button
              variant="default"
              aria-label={t('common:actions.signOut')}
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => { logout.mutate(); }}
              loading={logout.isPending}
              px={{ base: 10, xs: 'md' }}
              styles={{ section: { marginInlineEnd: 0 } }}
            >
              <Box component="span" visibleFrom="xs" ml={6}>
                {t('common:actions.signOut')}
              </Box>
            </Button>
          </Group>
        </Container>
      </header>
      <Container size="md" component="main" id={mainContentId} tabIndex={-1} py={{ base: 'lg', sm: 'xl' }}>
        {wide ? null : <div className={classes.phoneSwitcher}>{switcher}</div>}
        <Outlet />
      </Container>
      <Stack component="footer" gap="xs" align="center" pb="lg">
        <SocialLinks links={branding.socialLinks} companyName={displayName} />
        <Text size="xs" c="dimmed" ta="center">
          {t('layout.poweredBy')}
        </Text>
      </Stack>
      <PortalTabBar slug={slug} location={location} customers={me.customers} chatUnread={chatUnread} />
    </>
  );
}
