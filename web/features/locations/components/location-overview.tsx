import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMap } from '@tabler/icons-react';
import type { LocationDetail } from '../../../../shared/features/locations/locations.contract.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatDate } from '../../../lib/format.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { useUpdateLocation } from '../api/update-location.ts';
import { LocationForm } from './location-form.tsx';
import { PortalBadge } from './locations-table.tsx';

export function mapSearchUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

interface LocationOverviewProps {
  location: LocationDetail;
  canManage: boolean;
}

export function LocationOverview({ location, canManage }: LocationOverviewProps) {
  const mutation = useUpdateLocation(location.id);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" shadow="xs">
        <Title order={2} fz="lg" mb="md">
          Details
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          <DetailField label="Customer">
            <AnchorLink to="/office/customers/$customerId" params={{ customerId: location.customerId }}>
              {location.customerName}
            </AnchorLink>
          </DetailField>
          <DetailField label="Address">
            <Stack gap={4}>
              <span>{location.address}</span>
              <Anchor href={mapSearchUrl(location.address)} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
                  <IconMap size={14} aria-hidden />
                  Show on map
                </Group>
              </Anchor>
            </Stack>
          </DetailField>
          <DetailField label="Time zone">{location.timeZone.replaceAll('_', ' ')}</DetailField>
          <DetailField label="Portal">
            <Group gap="xs">
              <PortalBadge enabled={location.portalEnabled} />
              <Text size="sm" c="dimmed">
                {location.portalUsers.length === 1 ? '1 portal user' : `${String(location.portalUsers.length)} portal users`}
              </Text>
            </Group>
          </DetailField>
          <DetailField label="Added">{formatDate(location.createdAt)}</DetailField>
          <DetailField label="Access notes">{location.accessNotes}</DetailField>
        </SimpleGrid>
      </Card>
      {canManage ? (
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            Edit location
          </Title>
          <LocationForm
            key={location.id}
            location={location}
            mutation={mutation}
            onSaved={() => { notifySaved('The location’s details are up to date.'); }}
          />
        </Card>
      ) : null}
    </Stack>
  );
}
