import { Anchor, Group, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerList } from '../../../../shared/features/customers/customers.contract.ts';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { ArchivedBadge, CustomerTypeBadge } from './customer-type-badge.tsx';

type CustomerRow = CustomerList['items'][number];

function Dash() {
  return (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

export function CustomersTable({ items, rowMenu }: { items: CustomerList['items']; rowMenu?: (customer: CustomerRow) => ReactNode }) {
  const { t } = useTranslation(['customers', 'common']);
  const navigate = useNavigate();

  const columns: ListColumn<CustomerRow>[] = [
    {
      key: 'name',
      header: t('common:fields.name'),
      card: 'title',
      nowrap: true,
      cell: (customer) => (
        <Group gap="xs" wrap="nowrap">
          <AnchorLink to="/office/customers/$customerId" params={{ customerId: customer.id }} fw={600} size="sm" c="var(--mantine-color-text)">
            {customer.name}
          </AnchorLink>
          {customer.archivedAt ? <ArchivedBadge /> : null}
        </Group>
      ),
    },
    { key: 'type', header: t('common:fields.type'), card: 'aside', cell: (customer) => <CustomerTypeBadge type={customer.type} /> },
    {
      key: 'email',
      cardFull: true,
      header: t('common:fields.email'),
      nowrap: true,
      cell: (customer) =>
        customer.email ? (
          <Anchor href={`mailto:${customer.email}`} size="sm">
            {customer.email}
          </Anchor>
        ) : (
          <Dash />
        ),
    },
    {
      key: 'phone',
      header: t('common:fields.phone'),
      nowrap: true,
      cell: (customer) =>
        customer.phone ? (
          <Anchor href={`tel:${customer.phone}`} size="sm">
            {customer.phone}
          </Anchor>
        ) : (
          <Dash />
        ),
    },
    { key: 'city', header: t('fields.city'), nowrap: true, cell: (customer) => <Text size="sm">{customer.city ?? '—'}</Text> },
    {
      key: 'locations',
      header: t('common:fields.locations'),
      align: 'right',
      cell: (customer) => <Text size="sm">{customer.locationCount}</Text>,
    },
  ];
  // On a phone the menu sits at the card's top right, beside the type.
  if (rowMenu) columns.push({ key: 'functions', header: t('functions.column'), hideHeader: true, card: 'aside', align: 'right', cell: rowMenu });

  return (
    <ResponsiveTable
      items={items}
      columns={columns}
      rowKey={(customer) => customer.id}
      label={t('page.title')}
      onOpen={(customer) => void navigate({ to: '/office/customers/$customerId', params: { customerId: customer.id } })}
    />
  );
}
