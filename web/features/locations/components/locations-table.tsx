import { Badge, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import type { LocationList } from '../../../../shared/features/locations/locations.contract.ts';
import { AnchorLink } from '../../../components/router-links.tsx';

export function PortalBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge variant="light" color={enabled ? 'teal' : 'gray'} miw="max-content">
      {enabled ? 'On' : 'Off'}
    </Badge>
  );
}

interface LocationsTableProps {
  items: LocationList['items'];
  /** Leave out the customer column where every row has the same customer. */
  withCustomer?: boolean;
}

export function LocationsTable({ items, withCustomer = true }: LocationsTableProps) {
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
            <Table.Th>Location</Table.Th>
            {withCustomer ? <Table.Th>Customer</Table.Th> : null}
            <Table.Th>Address</Table.Th>
            <Table.Th>Time zone</Table.Th>
            <Table.Th>Portal</Table.Th>
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
