import { Box, Button, Container, Group, Image, Stack, Text, Tooltip } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, Outlet, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { LogoMark } from '../../components/logo-mark.tsx';
import { ActionIconLink } from '../../components/router-links.tsx';
import { useWatchedPortalMe } from '../../features/auth/api/get-portal-me.ts';
import { usePortalLogout } from '../../features/auth/api/portal-logout.ts';
import { ContactMenu } from '../../features/portal/components/contact-menu.tsx';
import { LocationSwitcher } from '../../features/portal/components/location-switcher.tsx';
import { SocialLinks } from '../../features/portal/components/social-links.tsx';
import { ViewAsBanner } from '../../features/portal/components/view-as-banner.tsx';
import classes from './portal-layout.module.css';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

export function PortalLayout() {
  const context = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  const navigate = useNavigate();
  const watched = useWatchedPortalMe(slug);
  const me = watched.data ?? context.me;
  const signedOut = watched.data === null;
  const logout = usePortalLogout({
    slug,
    leave: () => navigate({ to: '/portal/$slug/login', params: { slug } }),
  });

  // The session ended under this open page (locked by the office, expired, or signed out elsewhere).
  useEffect(() => {
    if (signedOut) void navigate({ to: '/portal/$slug/login', params: { slug } });
  }, [signedOut, navigate, slug]);

  const { displayName } = me.tenant;
  const { branding } = me;

  return (
    <>
      {me.viewAs ? <ViewAsBanner userName={me.user.name} staffName={me.viewAs.staffName} /> : null}
      <header className={classes.header}>
        <Container size="md" className={classes.bar}>
          <Link to="/portal/$slug" params={{ slug }} className={classes.brand}>
            <Group gap="sm" wrap="nowrap">
              {branding.logoUrl ? (
                <Image src={branding.logoUrl} alt="" h={36} w="auto" maw={120} fit="contain" style={{ flexShrink: 0 }} />
              ) : (
                <LogoMark size={34} />
              )}
              <Text fw={800} fz={{ base: 'md', sm: 'lg' }} lh={1.25} lineClamp={2}>
                {displayName}
              </Text>
            </Group>
          </Link>
          <div className={classes.switcher}>
            <LocationSwitcher slug={slug} me={me} />
          </div>
          <Group gap="xs" wrap="nowrap" className={classes.actions}>
            <ContactMenu branding={branding} companyName={displayName} />
            <Tooltip label="Your account">
              <ActionIconLink
                to="/portal/$slug/profile"
                params={{ slug }}
                variant="subtle"
                color="dark"
                size="lg"
                aria-label="Your account"
              >
                <IconUserCircle size={22} />
              </ActionIconLink>
            </Tooltip>
            {/* On phones only the icon shows, so the name comes from aria-label. */}
            <Button
              variant="default"
              aria-label="Sign out"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => { logout.mutate(); }}
              loading={logout.isPending}
              px={{ base: 10, xs: 'md' }}
              styles={{ section: { marginInlineEnd: 0 } }}
            >
              <Box component="span" visibleFrom="xs" ml={6}>
                Sign out
              </Box>
            </Button>
          </Group>
        </Container>
      </header>
      <Container size="md" component="main" py={{ base: 'lg', sm: 'xl' }}>
        <Outlet />
      </Container>
      <Stack component="footer" gap="xs" align="center" pb="lg">
        <SocialLinks links={branding.socialLinks} companyName={displayName} />
        <Text size="xs" c="dimmed" ta="center">
          Customer portal powered by Porter
        </Text>
      </Stack>
    </>
  );
}
