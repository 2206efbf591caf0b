import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LocationDetail } from '../../../../shared/features/locations/locations.contract.ts';
import { AnchorLink } from '../../../components/router-links.tsx';

export function LocationHeader({ location }: { location: LocationDetail }) {
  const { t } = useTranslation('locations');
  return (
    <Stack gap={6} mb="lg">
      <Group gap="sm" align="center">
        <Title order={1} fz={{ base: 24, sm: 28 }} style={{ overflowWrap: 'anywhere' }}>
          {location.name}
        </Title>
        {location.customerArchived ? (
          <Badge variant="light" color="gray">
            {t('header.customerArchived')}
          </Badge>
        ) : null}
      </Group>
      <Group gap="lg" c="dimmed" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <IconBuildingStore size={16} aria-hidden />
          <AnchorLink to="/office/customers/$customerId" params={{ customerId: location.customerId }} fw={500}>
            {location.customerName}
          </AnchorLink>
        </Group>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <IconMapPin size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {location.address}
          </Text>
        </Group>
      </Group>
    </Stack>
  );
}
