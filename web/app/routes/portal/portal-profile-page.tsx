import { Card, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalChangePassword } from '../../../features/auth/api/portal-change-password.ts';
import { ChangePasswordForm } from '../../../features/auth/components/change-password-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

export function PortalProfilePage() {
  const { me } = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  usePageTitle('Profile', me.tenant.displayName);
  const changePassword = usePortalChangePassword(slug);

  return (
    <Stack gap="lg">
      <AnchorLink to="/portal/$slug" params={{ slug }} size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        Back to your locations
      </AnchorLink>
      <div>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          Profile
        </Title>
        <Text c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
          Signed in as {me.user.name} ({me.user.email})
        </Text>
      </div>
      <Card withBorder padding="lg" shadow="xs">
        <Title order={2} fz="lg" mb="md">
          Change password
        </Title>
        <ChangePasswordForm mutation={changePassword} />
      </Card>
    </Stack>
  );
}
