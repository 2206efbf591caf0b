import { Badge, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerNoticeSwitches, NoticeRecipient } from '../../../../shared/features/customers/customer-notices.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useCustomerNotices } from '../api/get-customer-notices.ts';
import { useUpdateCustomerNotices } from '../api/update-customer-notices.ts';

const switchKeys = ['onMyWay', 'visitDone', 'visitChanges'] as const satisfies readonly (keyof CustomerNoticeSwitches)[];

function NoticeBadges({ person }: { person: NoticeRecipient }) {
  const { t } = useTranslation('customers');
  if (person.notices.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('notices.nothing')}
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {person.notices.map((notice) => {
        const name = t(`notices.kinds.${notice.kind}`);
        const label = notice.channels.includes('text') ? t(notice.channels.includes('email') ? 'notices.byText' : 'notices.byTextOnly', { notice: name }) : name;
        return (
          <Badge key={notice.kind} variant="light" radius="sm" tt="none">
            {label}
          </Badge>
        );
      })}
    </Group>
  );
}

/**
 * The Notifications tab: the switches for this customer's automatic visit notices (saved as they
 * are flipped, by those who may), and who among its contacts and portal users gets what.
 */
export function CustomerNoticesPanel({ customerId, canManage }: { customerId: string; canManage: boolean }) {
  const { t } = useTranslation(['customers', 'common']);
  const query = useCustomerNotices(customerId);
  const save = useUpdateCustomerNotices(customerId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('notices.loadFailed')} />;
  if (!query.data) return <PageLoader />;
  const { switches, people } = query.data;

  const columns: ListColumn<NoticeRecipient>[] = [
    {
      key: 'person',
      header: t('notices.person'),
      card: 'title',
      cell: (person) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {person.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {[t(person.kind === 'contact' ? 'notices.contact' : 'notices.portalUser'), person.email].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    { key: 'gets', header: t('notices.gets'), cardFull: true, cell: (person) => <NoticeBadges person={person} /> },
  ];

  return (
    <Stack gap="lg" maw={960}>
      <Text c="dimmed">{t('notices.description')}</Text>
      <Card withBorder padding="lg" shadow="xs">
        <Title order={2} fz="lg" mb={4}>
          {t('notices.switchesTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('notices.switchesHint')}
        </Text>
        <Stack gap="md">
          {switchKeys.map((key) => (
            <Switch
              key={key}
              label={t(`notices.switches.${key}`)}
              description={t(`notices.switches.${key}Hint`)}
              checked={switches[key]}
              disabled={!canManage || save.isPending}
              onChange={(event) => {
                save.mutate({ ...switches, [key]: event.currentTarget.checked }, { onSuccess: () => { notifySaved(t('notices.saved')); } });
              }}
            />
          ))}
          {save.error ? <FormErrorAlert error={save.error} /> : null}
        </Stack>
      </Card>
      <Card withBorder padding="lg" shadow="xs">
        <Title order={2} fz="lg" mb="md">
          {t('notices.peopleTitle')}
        </Title>
        {people.length === 0 ? (
          <EmptyState icon={<IconBellOff size={28} />} title={t('notices.nothing')} description={t('notices.noPeople')} />
        ) : (
          <ResponsiveTable items={people} columns={columns} rowKey={(person) => `${person.kind}-${person.id}`} label={t('notices.peopleTitle')} minWidth={560} />
        )}
      </Card>
    </Stack>
  );
}
