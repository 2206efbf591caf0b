import { Box, Container, Group, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';

interface ViewAsBannerProps {
  userName: string;
  staffName: string;
}

/** Impossible to miss: a staff member looking through a customer's eyes must not mistake this for their own view. */
export function ViewAsBanner({ userName, staffName }: ViewAsBannerProps) {
  return (
    <Box bg="yellow.3" c="dark.9" py="xs" role="status" style={{ borderBottom: '1px solid var(--mantine-color-yellow-6)' }}>
      <Container size="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconEye size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <div>
            <Text fw={700} size="sm">
              You are viewing the portal as {userName}, read-only. Nothing you do here is saved.
            </Text>
            <Text size="xs">Viewed by {staffName}. Close this tab to go back to the office.</Text>
          </div>
        </Group>
      </Container>
    </Box>
  );
}
