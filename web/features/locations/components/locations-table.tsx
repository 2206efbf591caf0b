import { Badge, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LocationList } from '../../../../shared/features/locations/locations.contract.ts';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';

type LocationRow = LocationList['items'][number];

export function PortalBadge({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation('locations');
  return (
    <Badge variant="light" color={enabled ? 'teal' : 'gray'} miw="max-content">
      {enabled ? t('portalBadge.on') : t('portalBadge.off')}
    </Badge>
  );
}

interface LocationsTableProps {
  items: LocationList['items'];
  /** Leave out the customer column where every row has the same customer. */
  withCustomer?: boolean;
}

export function LocationsTable({ items, withCustomer = true }: LocationsTableProps) {
  const { t } = useTranslation(['locations', 'common']);
  const navigate = useNavigate();

  const columns: ListColumn<LocationRow>[] = [
    {
      key: 'name',
      header: t('common:fields.location'),
      card: 'title',
      nowrap: true,
      cell: (location) => (
        <AnchorLink to="/office/locations/$locationId" params={{ locationId: location.id }} fw={600} size="sm" c="var(--mantine-color-text)">
          {location.name}
        </AnchorLink>
      ),
    },
    ...(withCustomer
      ? [
          {
            key: 'customer',
            header: t('common:fields.customer'),
            nowrap: true,
            cell: (location: LocationRow) => (
              <AnchorLink to="/office/customers/$customerId" params={{ customerId: location.customerId }} size="sm">
                {location.customerName}
              </AnchorLink>
            ),
          },
        ]
      : []),
    { key: 'address', header: t('common:fields.address'), cell: (location) => <Text size="sm" miw={{ sm: 240 }}>{location.address}</Text> },
    {
      key: 'timeZone',
      header: t('common:fields.timeZone'),
      nowrap: true,
      cell: (location) => (
        <Text size="sm" c="dimmed">
          {location.timeZone.replaceAll('_', ' ')}
        </Text>
      ),
    },
    { key: 'portal', header: t('table.portal'), card: 'aside', cell: (location) => <PortalBadge enabled={location.portalEnabled} /> },
  ];

  return (
    <ResponsiveTable
      items={items}
      columns={columns}
      rowKey={(location) => location.id}
      label={t('common:fields.locations')}
      minWidth={withCustomer ? 760 : 560}
      onOpen={(location) => void navigate({ to: '/office/locations/$locationId', params: { locationId: location.id } })}
    />
  );
}
