import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { formatDate } from '../../../lib/format.ts';
import { ArchivedBadge, CustomerTypeBadge } from './customer-type-badge.tsx';
import { CustomerStatusActions } from './customer-status-actions.tsx';

interface CustomerHeaderProps {
  customer: CustomerDetail;
  canManage: boolean;
}

export function CustomerHeader({ customer, canManage }: CustomerHeaderProps) {
  const { t } = useTranslation(['customers', 'common']);
  const navigate = useNavigate();
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="lg" wrap="wrap">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 24, sm: 28 }} style={{ overflowWrap: 'anywhere' }}>
            {customer.name}
          </Title>
          <CustomerTypeBadge type={customer.type} />
          {customer.archivedAt ? <ArchivedBadge /> : null}
        </Group>
        <Text c="dimmed" size="sm">
          {customer.archivedAt
            ? t('header.archivedOn', { date: formatDate(customer.archivedAt) })
            : t('header.summary', {
                locations: t('header.locations', { count: customer.locationCount }),
                portalUsers: t('header.portalUsers', { count: customer.portalUserCount }),
              })}
        </Text>
      </Stack>
      {canManage ? (
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => void navigate({ to: '/office/customers/$customerId/edit', params: { customerId: customer.id } })}
          >
            {t('common:actions.edit')}
          </Button>
          <CustomerStatusActions customer={customer} />
        </Group>
      ) : null}
    </Group>
  );
}
