import { Anchor, Table, Text } from '@mantine/core';
import type { CustomerList } from '../../../../shared/features/customers/customers.contract.ts';
import { CustomerTypeBadge } from './customer-type-badge.tsx';

export function CustomersTable({ items }: { items: CustomerList['items'] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>City</Table.Th>
            <Table.Th ta="right">Locations</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((customer) => (
            <Table.Tr key={customer.id}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {customer.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <CustomerTypeBadge type={customer.type} />
              </Table.Td>
              <Table.Td>
                {customer.email ? (
                  <Anchor href={`mailto:${customer.email}`} size="sm">
                    {customer.email}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {customer.phone ? (
                  <Anchor href={`tel:${customer.phone}`} size="sm">
                    {customer.phone}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{customer.city ?? '—'}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{customer.locationCount}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
