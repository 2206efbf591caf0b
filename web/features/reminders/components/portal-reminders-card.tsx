import { ActionIcon, Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Skeleton, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconBellOff, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxContacts, portalRemindersInputSchema, type CustomerReminders, type ReminderContact } from '../../../../shared/features/reminders/reminders.contract.ts';
import type { MobileCarrierId } from '../../../../shared/carriers.ts';
import { CarrierFields } from '../../../components/carrier-fields.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { usePortalReminders } from '../api/get-portal-reminders.ts';
import { useUpdatePortalReminders } from '../api/update-portal-reminders.ts';

/** A contact as the form holds it: `key` tells rows apart, `id` is set for contacts already saved. */
type Row = { key: string; id?: string; name: string; email: string; mobile: string; carrier: MobileCarrierId | null; domain: string; threeDaysBefore: boolean; oneDayBefore: boolean };

let nextKey = 0;
const toRow = (contact: ReminderContact): Row => ({
  key: contact.id,
  id: contact.id,
  name: contact.name,
  email: contact.email ?? '',
  mobile: contact.mobile ?? '',
  carrier: contact.mobileCarrier,
  domain: contact.mobileCarrierDomain ?? '',
  threeDaysBefore: contact.threeDaysBefore,
  oneDayBefore: contact.oneDayBefore,
});
const blankRow = (): Row => ({ key: `new-${++nextKey}`, name: '', email: '', mobile: '', carrier: null, domain: '', threeDaysBefore: true, oneDayBefore: true });

/** What the company chose for the customer: who is reminded, and when, without a way to change it. */
function ReadOnlyReminders({ reminders, companyName }: { reminders: CustomerReminders; companyName: string }) {
  const { t } = useTranslation('portalReminders');
  return (
    <Stack gap="sm">
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
        {t('readOnly', { company: companyName })}
      </Alert>
      {reminders.contacts.length === 0 ? <Text c="dimmed">{t('emptyReadOnly')}</Text> : null}
      {reminders.contacts.map((contact) => (
        <Group key={contact.id} justify="space-between" gap="sm" wrap="wrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={500}>{contact.name}</Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[contact.email, contact.mobile].filter(Boolean).join(' · ') || t('noAddress')}
            </Text>
          </div>
          <Group gap={6}>
            {contact.threeDaysBefore ? <Badge variant="light" tt="none">{t('threeDays')}</Badge> : null}
            {contact.oneDayBefore ? <Badge variant="light" tt="none">{t('oneDay')}</Badge> : null}
            {contact.threeDaysBefore || contact.oneDayBefore ? null : (
              <Badge variant="light" color="gray" tt="none" leftSection={<IconBellOff size={12} aria-hidden />}>
                {t('notReminded')}
              </Badge>
            )}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}

/** The customer's contacts with their email, mobile and two switches; saved all at once. */
function RemindersEditor({ slug, reminders }: { slug: string; reminders: CustomerReminders }) {
  const { t } = useTranslation(['portalReminders', 'common']);
  const mutation = useUpdatePortalReminders(slug, reminders.customerId);
  const carrierWords = { carrier: t('carrier'), carrierHint: t('carrierHint'), none: t('noCarrier'), other: t('otherCarrier'), domain: t('gatewayDomain'), domainHint: t('gatewayDomainHint') };
  const [rows, setRows] = useState<Row[]>(() => reminders.contacts.map(toRow));
  const change = (key: string, values: Partial<Row>) => { setRows((current) => current.map((row) => (row.key === key ? { ...row, ...values } : row))); };
  const { errors, formProps } = useFormSubmit({
    schema: portalRemindersInputSchema,
    mutation,
    read: () => ({
      contacts: rows.map(({ id, name, email, mobile, carrier, domain, threeDaysBefore, oneDayBefore }) => ({
        ...(id ? { id } : {}),
        name,
        email,
        mobile,
        mobileCarrier: carrier,
        mobileCarrierDomain: carrier === 'other' ? domain : null,
        threeDaysBefore,
        oneDayBefore,
      })),
    }),
    onValid: (values) => {
      mutation.mutate(values, {
        onSuccess: (saved) => {
          setRows(saved.contacts.map(toRow));
          notifySaved(t('saved'));
        },
      });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        {rows.length === 0 ? <Text c="dimmed">{t('empty')}</Text> : null}
        {rows.map((row, i) => (
          <Paper key={row.key} withBorder radius="md" p="md">
            <Group justify="space-between" align="center" mb="xs" wrap="nowrap">
              <Text size="sm" fw={600} c="dimmed">
                {t('contact', { number: i + 1 })}
              </Text>
              <ActionIcon variant="subtle" color="red" aria-label={row.name ? t('remove', { name: row.name }) : t('removeNew')} onClick={() => { setRows((current) => current.filter((r) => r.key !== row.key)); }}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput name={`contacts.${i}.name`} label={t('name')} value={row.name} autoComplete="off" error={errors[`contacts.${i}.name`]} onChange={(event) => { change(row.key, { name: event.currentTarget.value }); }} />
              <TextInput name={`contacts.${i}.email`} label={t('email')} type="email" value={row.email} autoComplete="off" error={errors[`contacts.${i}.email`]} onChange={(event) => { change(row.key, { email: event.currentTarget.value }); }} />
              <TextInput name={`contacts.${i}.mobile`} label={t('mobile')} type="tel" value={row.mobile} autoComplete="off" error={errors[`contacts.${i}.mobile`]} onChange={(event) => { change(row.key, { mobile: event.currentTarget.value }); }} />
              <CarrierFields prefix={`contacts.${i}.`} carrier={row.carrier} domain={row.domain} onChange={(values) => { change(row.key, values); }} errors={errors} words={carrierWords} />
            </SimpleGrid>
            <Group gap="lg" mt="sm">
              <Switch label={t('threeDays')} checked={row.threeDaysBefore} onChange={(event) => { change(row.key, { threeDaysBefore: event.currentTarget.checked }); }} />
              <Switch label={t('oneDay')} checked={row.oneDayBefore} onChange={(event) => { change(row.key, { oneDayBefore: event.currentTarget.checked }); }} />
            </Group>
          </Paper>
        ))}
        <Group justify="space-between" gap="sm">
          <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} disabled={rows.length >= maxContacts} onClick={() => { setRows((current) => [...current, blankRow()]); }}>
            {t('add')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * An account's visit reminders in the portal: everyone with access reads them; they change them
 * only when the company lets customers manage their notifications, and never while staff view as them.
 */
export function PortalRemindersCard({ slug, customer, companyName, readOnly }: { slug: string; customer: { id: string; name: string }; companyName: string; readOnly: boolean }) {
  const { t } = useTranslation('portalReminders');
  const query = usePortalReminders(slug, customer.id);
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg">
        {t('title', { customer: customer.name })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('intro')}
      </Text>
      {query.isError && !query.data ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} /> : null}
      {!query.data && !query.isError ? <Skeleton height={120} /> : null}
      {query.data && !query.data.canEdit ? <ReadOnlyReminders reminders={query.data} companyName={companyName} /> : null}
      {query.data?.canEdit ? (
        <ReadOnlyFieldset readOnly={readOnly}>
          <RemindersEditor slug={slug} reminders={query.data} />
        </ReadOnlyFieldset>
      ) : null}
    </Card>
  );
}
