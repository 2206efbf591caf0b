import { Badge, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationList } from '../../../../shared/features/locations/locations.contract.ts';
import { AnchorLink } from '../../../components/router-links.tsx';

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

  function openRow(event: MouseEvent<HTMLTableRowElement>, locationId: string) {
    if (event.target instanceof Element && event.target.closest('a')) return;
    void navigate({ to: '/office/locations/$locationId', params: { locationId } });
  }

  return (
    <Table.ScrollContainer minWidth={withCustomer ? 760 : 560}>
      <Table verticalSpacing="sm" highlightOnHover style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common:fields.location')}</Table.Th>
            {withCustomer ? <Table.Th>{t('common:fields.customer')}</Table.Th> : null}
            <Table.Th>{t('common:fields.address')}</Table.Th>
            <Table.Th>{t('common:fields.timeZone')}</Table.Th>
            <Table.Th>{t('table.portal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((location) => (
            <Table.Tr key={location.id} onClick={(event) => { openRow(event, location.id); }} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <AnchorLink
                  to="/office/locations/$locationId"
                  params={{ locationId: location.id }}
                  fw={600}
                  size="sm"
                  c="var(--mantine-color-text)"
                >
                  {location.name}
                </AnchorLink>
              </Table.Td>
              {withCustomer ? (
                <Table.Td>
                  <AnchorLink to="/office/customers/$customerId" params={{ customerId: location.customerId }} size="sm">
                    {location.customerName}
                  </AnchorLink>
                </Table.Td>
              ) : null}
              <Table.Td miw={240} style={{ whiteSpace: 'normal' }}>
                <Text size="sm">{location.address}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {location.timeZone.replaceAll('_', ' ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <PortalBadge enabled={location.portalEnabled} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
