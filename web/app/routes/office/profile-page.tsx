import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { staffRoleLabels } from '../../../../shared/roles.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useChangePassword } from '../../../features/auth/api/change-password.ts';
import { ChangePasswordForm } from '../../../features/auth/components/change-password-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={500} component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
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
            <Field label="Name">{me.user.name}</Field>
            <Field label="Email">{me.user.email}</Field>
            <Field label="Role">
              <Group>
                <Badge variant="light">{staffRoleLabels[me.user.role]}</Badge>
              </Group>
            </Field>
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="md">
            An owner or admin can change your name, email and role.
          </Text>
        </Card>
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
