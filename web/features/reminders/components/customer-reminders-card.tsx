import { Card, Skeleton, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerReminders, ReminderContact } from '../../../../shared/features/reminders/reminders.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { useSerialSave } from '../../../lib/use-serial-save.ts';
import { useCustomerReminders } from '../api/get-customer-reminders.ts';
import { useUpdateCustomerReminders } from '../api/update-customer-reminders.ts';

type Choice = Pick<ReminderContact, 'id' | 'threeDaysBefore' | 'oneDayBefore'>;

function ReminderSwitches({ reminders, canManage }: { reminders: CustomerReminders; canManage: boolean }) {
  const { t } = useTranslation('reminders');
  const mutation = useUpdateCustomerReminders(reminders.customerId);
  const initial: Choice[] = reminders.contacts.map(({ id, threeDaysBefore, oneDayBefore }) => ({ id, threeDaysBefore, oneDayBefore }));
  const { shown, save } = useSerialSave(initial, (contacts) => mutation.mutateAsync({ contacts }));
  const toggle = (id: string, field: 'threeDaysBefore' | 'oneDayBefore', on: boolean) => {
    save(shown.map((choice) => (choice.id === id ? { ...choice, [field]: on } : choice)), t('card.saved'));
  };
  return (
    <Table verticalSpacing="xs" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('card.contact')}</Table.Th>
          <Table.Th w={72} ta="center">{t('card.threeDays')}</Table.Th>
          <Table.Th w={72} ta="center">{t('card.oneDay')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reminders.contacts.map((contact) => {
          const choice = shown.find((c) => c.id === contact.id)!;
          const reachable = Boolean(contact.email || contact.mobile);
          const disabled = !canManage || (!reachable && !choice.threeDaysBefore && !choice.oneDayBefore);
          return (
            <Table.Tr key={contact.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text size="sm" fw={500}>
                  {contact.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {reachable ? [contact.email, contact.mobile].filter(Boolean).join(' · ') : t('card.noAddress')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Switch mx="auto" w="fit-content" checked={choice.threeDaysBefore} disabled={disabled} aria-label={t('card.threeDaysFor', { name: contact.name })} onChange={(event) => { toggle(contact.id, 'threeDaysBefore', event.currentTarget.checked); }} />
              </Table.Td>
              <Table.Td>
                <Switch mx="auto" w="fit-content" checked={choice.oneDayBefore} disabled={disabled} aria-label={t('card.oneDayFor', { name: contact.name })} onChange={(event) => { toggle(contact.id, 'oneDayBefore', event.currentTarget.checked); }} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Which of the customer's contacts are reminded 3 days and 1 day before each visit; each switch saves at once. */
export function CustomerRemindersCard({ customerId, canManage }: { customerId: string; canManage: boolean }) {
  const { t } = useTranslation('reminders');
  const query = useCustomerReminders(customerId);
  return (
    <Card withBorder padding="lg" shadow="xs" maw={640}>
      <Title order={2} fz="lg">
        {t('card.title')}
      </Title>
      {query.data ? (
        <Text size="sm" c="dimmed" mb="sm">
          {query.data.customersManage ? t('card.customerManages') : t('card.officeManages')}
        </Text>
      ) : null}
      {query.isError && !query.data ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('card.loadFailed')} /> : null}
      {!query.data && !query.isError ? <Skeleton height={80} mt="sm" /> : null}
      {query.data && query.data.contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('card.empty')}
        </Text>
      ) : null}
      {query.data && query.data.contacts.length > 0 ? (
        // A new set of contacts (changed on the customer form) starts the switches afresh.
        <ReminderSwitches key={query.data.contacts.map((c) => c.id).join()} reminders={query.data} canManage={canManage} />
      ) : null}
    </Card>
  );
}
