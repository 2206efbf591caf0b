import { Box, Container, Group, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ViewAsBannerProps {
  userName: string;
  staffName: string;
}

/** Impossible to miss: a staff member looking through a customer's eyes must not mistake this for their own view. */
export function ViewAsBanner({ userName, staffName }: ViewAsBannerProps) {
  const { t } = useTranslation('portal');
  return (
    <Box bg="yellow.3" c="dark.9" py="xs" role="status" style={{ borderBottom: '1px solid var(--mantine-color-yellow-6)' }}>
      <Container size="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconEye size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <div>
            <Text fw={700} size="sm">
              {t('viewAs.title', { name: userName })}
            </Text>
            <Text size="xs">{t('viewAs.by', { staff: staffName })}</Text>
          </div>
        </Group>
      </Container>
    </Box>
  );
}
