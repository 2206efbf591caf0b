import { Badge, Card, Group, SimpleGrid, Text, Title, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { staffRoleLabels } from '../../../../shared/roles.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useChangePassword } from '../../../features/auth/api/change-password.ts';
import { ChangePasswordForm } from '../../../features/auth/components/change-password-form.tsx';
import { useOwnProfile } from '../../../features/staff/api/get-own-profile.ts';
import { useUpdateOwnProfile } from '../../../features/staff/api/update-own-profile.ts';
import { MobileProfileForm } from '../../../features/staff/components/mobile-profile-form.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

function MobileCard() {
  const profile = useOwnProfile();
  const mutation = useUpdateOwnProfile();

  function renderBody() {
    if (profile.data) {
      return (
        <MobileProfileForm
          member={profile.data}
          mutation={mutation}
          onSaved={() => { notifySaved('Your mobile details are up to date.'); }}
        />
      );
    }
    if (profile.isError) {
      return <LoadErrorAlert error={profile.error} onRetry={() => void profile.refetch()} title="Your profile could not be loaded" />;
    }
    return <TableSkeleton rows={3} />;
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        Mobile number and carrier
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        So Porter can text you about the locations you are assigned to, when you choose texts there.
      </Text>
      {renderBody()}
    </Card>
  );
}

export function ProfilePage() {
  usePageTitle('Profile');
  const { me } = officeRoute.useRouteContext();
  const changePassword = useChangePassword();

  return (
    <>
      <PageHeader title="Profile" description="Your account at Porter." />
      <Stack gap="lg" maw={720}>
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            Your details
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <DetailField label="Name">{me.user.name}</DetailField>
            <DetailField label="Email">{me.user.email}</DetailField>
            <DetailField label="Role">
              <Group>
                <Badge variant="light">{staffRoleLabels[me.user.role]}</Badge>
              </Group>
            </DetailField>
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="md">
            An owner or admin can change your name, email and role.
          </Text>
        </Card>
        <MobileCard />
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            Change password
          </Title>
          <ChangePasswordForm mutation={changePassword} />
        </Card>
      </Stack>
    </>
  );
}
