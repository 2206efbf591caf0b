import { Box, Button, Container, Group, Text, Tooltip } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, Outlet, getRouteApi, useNavigate } from '@tanstack/react-router';
import { LogoMark } from '../../components/logo-mark.tsx';
import { ActionIconLink } from '../../components/router-links.tsx';
import { usePortalLogout } from '../../features/auth/api/portal-logout.ts';
import { LocationSwitcher } from '../../features/portal/components/location-switcher.tsx';
import classes from './portal-layout.module.css';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

export function PortalLayout() {
  const { me } = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  const navigate = useNavigate();
  const logout = usePortalLogout({
    slug,
    leave: () => navigate({ to: '/portal/$slug/login', params: { slug } }),
  });

  return (
    <>
      <header className={classes.header}>
        <Container size="md" className={classes.bar}>
          <Link to="/portal/$slug" params={{ slug }} className={classes.brand}>
            <Group gap="sm" wrap="nowrap">
              <LogoMark size={34} />
              <Text fw={800} fz={{ base: 'md', sm: 'lg' }} lh={1.25} lineClamp={2}>
                {me.tenant.displayName}
              </Text>
            </Group>
          </Link>
          <div className={classes.switcher}>
            <LocationSwitcher slug={slug} me={me} />
          </div>
          <Group gap="xs" wrap="nowrap" className={classes.actions}>
            <Tooltip label="Profile">
              <ActionIconLink
                to="/portal/$slug/profile"
                params={{ slug }}
                variant="subtle"
                color="dark"
                size="lg"
                aria-label="Profile"
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
      <Text component="footer" size="xs" c="dimmed" ta="center" pb="lg">
        Customer portal powered by Porter
      </Text>
    </>
  );
}
