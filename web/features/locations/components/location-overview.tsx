import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LocationDetail } from '../../../../shared/features/locations/locations.contract.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatDate } from '../../../lib/format.ts';
import { mapSearchUrl } from '../../../lib/map-link.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { useUpdateLocation } from '../api/update-location.ts';
import { LocationForm } from './location-form.tsx';
import { PortalBadge } from './locations-table.tsx';

interface LocationOverviewProps {
  location: LocationDetail;
  canManage: boolean;
}

export function LocationOverview({ location, canManage }: LocationOverviewProps) {
  const { t } = useTranslation(['locations', 'common']);
  const mutation = useUpdateLocation(location.id);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" shadow="xs">
        <Title order={2} fz="lg" mb="md">
          {t('common:fields.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          <DetailField label={t('common:fields.customer')}>
            <AnchorLink to="/office/customers/$customerId" params={{ customerId: location.customerId }}>
              {location.customerName}
            </AnchorLink>
          </DetailField>
          <DetailField label={t('common:fields.address')}>
            <Stack gap={4}>
              <span>{location.address}</span>
              <Anchor href={mapSearchUrl(location.address)} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
                  <IconMap size={14} aria-hidden />
                  {t('overview.showOnMap')}
                </Group>
              </Anchor>
            </Stack>
          </DetailField>
          <DetailField label={t('common:fields.timeZone')}>{location.timeZone.replaceAll('_', ' ')}</DetailField>
          <DetailField label={t('table.portal')}>
            <Group gap="xs">
              <PortalBadge enabled={location.portalEnabled} />
              <Text size="sm" c="dimmed">
                {t('overview.portalUsers', { count: location.portalUsers.length })}
              </Text>
            </Group>
          </DetailField>
          <DetailField label={t('overview.added')}>{formatDate(location.createdAt)}</DetailField>
          <DetailField label={t('form.accessNotes')}>{location.accessNotes}</DetailField>
        </SimpleGrid>
      </Card>
      {canManage ? (
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            {t('overview.edit')}
          </Title>
          <LocationForm
            key={location.id}
            location={location}
            mutation={mutation}
            onSaved={() => { notifySaved(t('overview.saved')); }}
          />
        </Card>
      ) : null}
    </Stack>
  );
}
