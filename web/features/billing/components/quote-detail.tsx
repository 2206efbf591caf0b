import { Alert, Button, Chip, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarCheck, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../../shared/features/billing/quotes.contract.ts';
import { weekdays, type Frequency, type Weekday } from '../../../../shared/features/visits/frequency.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { DetailField } from '../../../components/detail-field.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { formatDateOnly, formatDateTime } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useDeleteQuote, useScheduleQuote, useSendQuote } from '../api/quotes.ts';
import { QuoteLinesTable } from './quote-lines-table.tsx';
import { QuoteStatusBadge } from './quote-status-badge.tsx';

interface QuoteDetailProps {
  quote: Quote;
  canManage: boolean;
  onEdit: () => void;
  onDeleted: () => void;
  /** Where the scheduled service is seen (the customer's services tab), composed by the route. */
  serviceLink: React.ReactNode;
}

const day = formatDateOnly;

/** One quote in the office: its lines and terms, what the customer answered, and what to do next. */
export function QuoteDetail({ quote, canManage, onEdit, onDeleted, serviceLink }: QuoteDetailProps) {
  const { t } = useTranslation('quotes');
  const send = useSendQuote(quote.id);
  const remove = useDeleteQuote(quote.id);
  const [confirmDelete, setConfirmDelete] = useState(false);

  return (
    <Stack gap="lg">
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={2}>
              <Group gap="sm">
                <Title order={2} fz="lg">
                  {quote.number ?? t('draftNumber')}
                </Title>
                <QuoteStatusBadge status={quote.status} />
              </Group>
              <Text c="dimmed" size="sm">
                {formatMoney(quote.total, quote.currency)}
              </Text>
            </Stack>
            {canManage && quote.status === 'draft' ? (
              <Group gap="sm">
                <Button variant="default" onClick={onEdit}>
                  {t('detail.edit')}
                </Button>
                <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => { setConfirmDelete(true); }}>
                  {t('detail.delete')}
                </Button>
                <Button leftSection={<IconSend size={16} />} loading={send.isPending} onClick={() => { send.mutate(undefined, { onSuccess: () => { notifySaved(t('detail.sent')); }, onError: (error) => { notifyError(error); } }); }}>
                  {t('detail.send')}
                </Button>
              </Group>
            ) : null}
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
            <DetailField label={t('detail.customer')}>{quote.customerName}</DetailField>
            <DetailField label={t('detail.location')}>{quote.locationName}</DetailField>
            <DetailField label={t('detail.validUntil')}>{day(quote.validUntil)}</DetailField>
            {quote.sentAt ? <DetailField label={t('detail.sentAt')}>{formatDateTime(quote.sentAt)}</DetailField> : null}
          </SimpleGrid>
          {quote.status === 'expired' ? <Alert color="orange">{t('detail.expiredNote')}</Alert> : null}
          {quote.acceptance ? (
            <Alert color="teal" title={t('detail.acceptance')}>
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('detail.acceptedBy', { name: quote.acceptance.name })}
                </Text>
                <Text size="sm">
                  {t('detail.acceptedAt')}: {formatDateTime(quote.acceptance.at, quote.timeZone)}
                </Text>
                <Text size="sm">
                  {t('detail.acceptedFrom')}: {quote.acceptance.ip ?? '—'}
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                  {t('detail.acceptedBrowser')}: {quote.acceptance.userAgent ?? '—'}
                </Text>
              </Stack>
            </Alert>
          ) : null}
          {quote.declinedAt ? (
            <Alert color="red" title={t('detail.declined')}>
              <Text size="sm">{formatDateTime(quote.declinedAt, quote.timeZone)}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('detail.declineReason')}: {quote.declineReason}
              </Text>
            </Alert>
          ) : null}
          <QuoteLinesTable lines={quote.lines} totals={quote} ns="quotes" />
          <Title order={3} fz="md">
            {t('detail.terms')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {quote.terms}
          </Text>
        </Stack>
      </Paper>
      {quote.status === 'accepted' && quote.accountServiceId ? (
        <Alert color="teal" icon={<IconCalendarCheck size={20} />} title={t('schedule.done')}>
          <Stack gap={4}>
            <Text size="sm">{t('schedule.scheduled')}</Text>
            {serviceLink}
          </Stack>
        </Alert>
      ) : null}
      {quote.status === 'accepted' && !quote.accountServiceId && canManage ? <ScheduleForm quote={quote} /> : null}
      <ConfirmModal
        opened={confirmDelete}
        onClose={() => { setConfirmDelete(false); }}
        title={t('detail.deleteTitle')}
        confirmLabel={t('detail.delete')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => { remove.mutate(undefined, { onSuccess: () => { notifySaved(t('detail.deleted')); onDeleted(); } }); }}
      >
        {t('detail.deleteBody', { title: quote.title })}
      </ConfirmModal>
    </Stack>
  );
}

/** "Schedule it": once or weekly on chosen days, from a first visit. */
function ScheduleForm({ quote }: { quote: Quote }) {
  const { t } = useTranslation('quotes');
  const schedule = useScheduleQuote(quote.id);
  const [kind, setKind] = useState<'once' | 'weekly'>('weekly');
  const [days, setDays] = useState<Weekday[]>(['MO']);
  const [startDate, setStartDate] = useState('');
  const [startTime, setStartTime] = useState('09:00');
  const [durationMinutes, setDuration] = useState<number>(120);
  const errors = isApiError(schedule.error) ? schedule.error.fields : {};
  const frequency: Frequency = kind === 'once' ? { kind: 'once' } : { kind: 'weekly', interval: 1, days };

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          schedule.mutate({ frequency, startDate, startTime, durationMinutes }, { onSuccess: () => { notifySaved(t('schedule.done')); } });
        }}
      >
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('schedule.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('schedule.intro', { location: quote.locationName, price: formatMoney(quote.subtotal - quote.discountTotal, quote.currency) })}
          </Text>
          <FormErrorAlert error={schedule.error} />
          <SegmentedControl
            value={kind}
            onChange={(value) => { setKind(value as 'once' | 'weekly'); }}
            data={[
              { value: 'weekly', label: t('schedule.weekly') },
              { value: 'once', label: t('schedule.once') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          {kind === 'weekly' ? (
            <Chip.Group multiple value={days} onChange={(value) => { setDays(value as Weekday[]); }}>
              <Group gap="xs">
                {weekdays.map((weekday) => (
                  <Chip key={weekday} value={weekday} size="sm">
                    {weekday}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          ) : null}
          <Group gap="md" align="flex-start" wrap="wrap">
            <TextInput type="date" label={t('schedule.startDate')} value={startDate} onChange={(e) => { setStartDate(e.currentTarget.value); }} error={errors.startDate} required w={{ base: '100%', xs: 180 }} />
            <TextInput type="time" label={t('schedule.startTime')} value={startTime} onChange={(e) => { setStartTime(e.currentTarget.value); }} error={errors.startTime} required w={{ base: '100%', xs: 140 }} />
            <NumberInput label={t('schedule.duration')} value={durationMinutes} min={15} step={15} onChange={(value) => { setDuration(Number(value)); }} error={errors.durationMinutes} w={{ base: '100%', xs: 180 }} />
          </Group>
          <Button type="submit" loading={schedule.isPending} leftSection={<IconCalendarCheck size={16} />} style={{ alignSelf: 'flex-start' }}>
            {t('schedule.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
