import { Badge, Button, Group, Menu, Modal, Paper, Stack, Text, ActionIcon } from '@mantine/core';
import { IconCalendarPlus, IconDots, IconPencil, IconPlus, IconRepeat, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priceBreakdown } from '../../../../shared/features/visits/price.ts';
import type { AccountService } from '../../../../shared/features/visits/visits.contract.ts';
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatMoney } from '../../../lib/money.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { useEditModal } from '../../../lib/use-edit-modal.ts';
import { useAccountServices } from '../api/get-account-services.ts';
import { useRemoveAccountService } from '../api/remove-account-service.ts';
import { useSaveAccountService } from '../api/save-account-service.ts';
import { useScheduleAccountService } from '../api/schedule-account-service.ts';
import { frequencyWords } from '../frequency-words.ts';
import { AccountServiceForm, type FormChoices } from './account-service-form.tsx';

export function ServiceStatusBadge({ status }: { status: AccountService['status'] }) {
  const { t } = useTranslation('visits');
  return (
    <Badge variant="light" color={status === 'waiting' ? 'yellow' : 'teal'}>
      {t(`serviceStatus.${status}`)}
    </Badge>
  );
}

/** "6:30 PM", "18.30": a time of day on no particular clock, written as the reader writes times. */
function timeOfDay(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return dateTimeFormat(formatLocale(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hours, minutes));
}

/** "6:30 PM · 2 h": when the team comes and how long it stays. */
export function ServiceTime({ service }: { service: AccountService }) {
  const { t } = useTranslation('accountServices');
  const hours = Math.floor(service.durationMinutes / 60);
  const minutes = service.durationMinutes % 60;
  return (
    <Text size="sm">
      {t('list.timeAndLength', { time: timeOfDay(service.startTime), length: t(minutes === 0 ? 'list.hours' : hours === 0 ? 'list.minutes' : 'list.hoursMinutes', { hours, minutes }) })}
    </Text>
  );
}

function SaveServiceModal({ customerId, editing, opened, choices, onClose }: { customerId: string; editing: AccountService | null; opened: boolean; choices: FormChoices; onClose: () => void }) {
  const { t } = useTranslation('accountServices');
  const mutation = useSaveAccountService(customerId, editing?.id);
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{editing ? t('panel.editNamed', { name: editing.name }) : t('panel.add')}</Text>} size="xl">
      <AccountServiceForm
        key={editing?.id ?? 'new'}
        service={editing ?? undefined}
        choices={choices}
        mutation={mutation}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          notifySaved(editing ? t('panel.updated', { name: saved.name }) : t('panel.added', { name: saved.name }));
        }}
      />
    </Modal>
  );
}

type Pending = { action: 'schedule' | 'remove'; service: AccountService } | null;

function ConfirmServiceAction({ pending, onClose }: { pending: Pending; onClose: () => void }) {
  const { t } = useTranslation('accountServices');
  const schedule = useScheduleAccountService();
  const remove = useRemoveAccountService();
  const mutation = pending?.action === 'remove' ? remove : schedule;
  const close = () => {
    schedule.reset();
    remove.reset();
    onClose();
  };
  if (!pending) return null;
  const { action, service } = pending;
  return (
    <ConfirmModal
      opened
      onClose={close}
      title={t(`confirm.${action}Title`, { name: service.name })}
      confirmLabel={t(`confirm.${action}`)}
      danger={action === 'remove'}
      loading={mutation.isPending}
      error={mutation.error}
      onConfirm={() => {
        mutation.mutate(service.id, {
          onSuccess: () => {
            close();
            notifySaved(t(`confirm.${action}Done`, { name: service.name }));
          },
        });
      }}
    >
      {t(`confirm.${action}Text`, { name: service.name, location: service.locationName })}
    </ConfirmModal>
  );
}

function ServiceActions({ service, onEdit, onAct }: { service: AccountService; onEdit: () => void; onAct: (pending: Pending) => void }) {
  const { t } = useTranslation('accountServices');
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {service.status === 'waiting' ? (
        <Button size="compact-sm" variant="light" leftSection={<IconCalendarPlus size={14} aria-hidden />} onClick={() => { onAct({ action: 'schedule', service }); }}>
          {t('panel.schedule')}
        </Button>
      ) : null}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('panel.actionsFor', { name: service.name })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            {t('panel.edit')}
          </Menu.Item>
          {service.status === 'waiting' ? (
            <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => { onAct({ action: 'remove', service }); }}>
              {t('panel.remove')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

interface AccountServicesPanelProps {
  customerId: string;
  /** What the form offers; null for people who may only look. */
  choices: FormChoices | null;
}

/** The services on a customer's account: scheduled ones with their next visit, and those waiting to be scheduled. */
export function AccountServicesPanel({ customerId, choices }: AccountServicesPanelProps) {
  const { t } = useTranslation('accountServices');
  const { t: visitWords } = useTranslation('visits');
  const query = useAccountServices(customerId);
  const { opened, editing, open, close } = useEditModal<AccountService>();
  const [pending, setPending] = useState<Pending>(null);
  const locale = formatLocale();

  const addButton = choices ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { open(null); }}>
      {t('panel.add')}
    </Button>
  ) : null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={3} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconRepeat size={28} />} title={t('panel.emptyTitle')} description={t('panel.emptyDescription')} action={addButton} />;
    }
    const columns: ListColumn<AccountService>[] = [
      {
        key: 'service',
        header: t('columns.service'),
        card: 'title',
        cell: (service) => (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {service.name}
            </Text>
            <Text size="xs" c="dimmed">
              {frequencyWords(visitWords, service.frequency, locale)}
            </Text>
          </Stack>
        ),
      },
      { key: 'status', header: t('columns.status'), card: 'aside', cell: (service) => <ServiceStatusBadge status={service.status} /> },
      { key: 'location', header: t('columns.location'), cell: (service) => <Text size="sm">{service.locationName}</Text> },
      { key: 'time', header: t('columns.time'), nowrap: true, cell: (service) => <ServiceTime service={service} /> },
      {
        key: 'price',
        header: t('columns.price'),
        align: 'right',
        nowrap: true,
        cell: (service) => <Text size="sm">{formatMoney(priceBreakdown(service.price, service.rateModifications).total, service.currency)}</Text>,
      },
      {
        key: 'team',
        header: t('columns.team'),
        cell: (service) => (
          <Text size="sm" c={service.team.length === 0 ? 'dimmed' : undefined}>
            {service.team.length === 0 ? t('list.noTeam') : service.team.map((member) => member.name).join(', ')}
          </Text>
        ),
      },
      {
        key: 'next',
        header: t('columns.next'),
        nowrap: true,
        cell: (service) =>
          service.nextVisitAt ? (
            <Text size="sm">
              <PlaceTime at={service.nextVisitAt} zone={service.timeZone} />
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {service.status === 'waiting' ? t('list.notScheduled') : t('list.noneAhead')}
            </Text>
          ),
      },
      ...(choices
        ? [{ key: 'actions', header: t('columns.actions'), hideHeader: true, card: 'footer' as const, cell: (service: AccountService) => <ServiceActions service={service} onEdit={() => { open(service); }} onAct={setPending} /> }]
        : []),
    ];
    return <ResponsiveTable items={query.data.items} columns={columns} rowKey={(service) => service.id} label={t('panel.title')} minWidth={860} />;
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          {t('panel.intro')}
        </Text>
        {query.data && query.data.items.length > 0 ? addButton : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      {choices ? <SaveServiceModal customerId={customerId} editing={editing} opened={opened} choices={choices} onClose={close} /> : null}
      <ConfirmServiceAction pending={pending} onClose={() => { setPending(null); }} />
    </>
  );
}
