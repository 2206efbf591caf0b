import { Anchor, Group, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerList } from '../../../../shared/features/customers/customers.contract.ts';
import { AnchorLink } from '../../../components/router-links.tsx';
import { ArchivedBadge, CustomerTypeBadge } from './customer-type-badge.tsx';

function Dash() {
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

export function CustomersTable({ items }: { items: CustomerList['items'] }) {
  const { t } = useTranslation(['customers', 'common']);
  const navigate = useNavigate();

  function openRow(event: MouseEvent<HTMLTableRowElement>, customerId: string) {
    // Links inside the row (the name, mailto:, tel:) do their own thing.
    if (event.target instanceof Element && event.target.closest('a')) return;
    void navigate({ to: '/office/customers/$customerId', params: { customerId } });
  }

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common:fields.name')}</Table.Th>
            <Table.Th>{t('common:fields.type')}</Table.Th>
            <Table.Th>{t('common:fields.email')}</Table.Th>
            <Table.Th>{t('common:fields.phone')}</Table.Th>
            <Table.Th>{t('fields.city')}</Table.Th>
            <Table.Th ta="right">{t('common:fields.locations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((customer) => (
            <Table.Tr key={customer.id} onClick={(event) => { openRow(event, customer.id); }} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <AnchorLink
                    to="/office/customers/$customerId"
                    params={{ customerId: customer.id }}
                    fw={600}
                    size="sm"
                    c="var(--mantine-color-text)"
                  >
                    {customer.name}
                  </AnchorLink>
                  {customer.archivedAt ? <ArchivedBadge /> : null}
                </Group>
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
                  <Dash />
                )}
              </Table.Td>
              <Table.Td>
                {customer.phone ? (
                  <Anchor href={`tel:${customer.phone}`} size="sm">
                    {customer.phone}
                  </Anchor>
                ) : (
                  <Dash />
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
