import { Table, Text } from '@mantine/core';
import type { LocationList } from '../../../../shared/features/customers/customers.contract.ts';

export function LocationsTable({ items }: { items: LocationList['items'] }) {
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="sm" highlightOnHover style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Location</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Address</Table.Th>
            <Table.Th>Time zone</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((location) => (
            <Table.Tr key={location.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {location.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{location.customerName}</Text>
              </Table.Td>
              <Table.Td miw={240} style={{ whiteSpace: 'normal' }}>
                <Text size="sm">{location.address}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {location.timeZone.replaceAll('_', ' ')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
