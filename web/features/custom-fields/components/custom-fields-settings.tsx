import { ActionIcon, Badge, Button, Card, Group, Modal, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { IconArchive, IconArrowDown, IconArrowUp, IconArchiveOff, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customFieldOwners, type CustomField, type CustomFieldOwner } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useDeleteCustomField } from '../api/delete-custom-field.ts';
import { useCustomFields } from '../api/get-custom-fields.ts';
import { usePortalChangeSettings } from '../api/get-portal-change-settings.ts';
import { useOrderCustomFields } from '../api/order-custom-fields.ts';
import { useUpdateCustomField } from '../api/update-custom-field.ts';
import { useUpdatePortalChangeSettings } from '../api/update-portal-change-settings.ts';
import { CustomFieldForm } from './custom-field-form.tsx';

type Editing = { field: CustomField | null; appliesTo: CustomFieldOwner };
type Confirming = { field: CustomField; action: 'archive' | 'delete' };

/** The company's switch: changes customers save in the portal open requests for the office. */
function PortalChangeSwitch() {
  const { t } = useTranslation('customFields');
  const query = usePortalChangeSettings();
  const mutation = useUpdatePortalChangeSettings();
  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="lg" mb="sm">
        {t('tickets.title')}
      </Title>
      {query.data ? (
        <Switch
          checked={query.data.portalChangeTickets}
          disabled={mutation.isPending}
          label={t('tickets.label')}
          description={t('tickets.description')}
          onChange={(event) => { mutation.mutate({ portalChangeTickets: event.currentTarget.checked }, { onSuccess: () => notifySaved(t('tickets.saved')), onError: (error) => notifyError(error) }); }}
        />
      ) : (
        <Skeleton height={40} />
      )}
    </Card>
  );
}

function FieldRow({ field, first, last, onEdit, onConfirm, onMove }: { field: CustomField; first: boolean; last: boolean; onEdit: () => void; onConfirm: (action: Confirming['action']) => void; onMove: (step: -1 | 1) => void }) {
  const { t } = useTranslation('customFields');
  const update = useUpdateCustomField();
  const restore = () => {
    update.mutate(
      { id: field.id, body: { label: field.label, options: field.options, min: field.min, max: field.max, portalVisibility: field.portalVisibility, archived: false } },
      { onSuccess: () => notifySaved(t('archive.restored', { label: field.label })), onError: (error) => notifyError(error) },
    );
  };
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Text fw={600} c={field.archived ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
          {field.label}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color="gray" tt="none">
            {t(`types.${field.type}`)}
          </Badge>
          <Badge variant="light" color={field.portalVisibility === 'hidden' ? 'gray' : 'blue'} tt="none">
            {t(`visibilityShort.${field.portalVisibility}`)}
          </Badge>
          {field.archived ? (
            <Badge variant="outline" color="gray" tt="none">
              {t('archivedBadge')}
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('valueCount', { count: field.valueCount })}
          </Text>
        </Group>
      </Stack>
      <Group gap={4}>
        <ActionIcon variant="subtle" color="gray" disabled={first} aria-label={t('moveUp', { label: field.label })} onClick={() => { onMove(-1); }}>
          <IconArrowUp size={18} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="subtle" color="gray" disabled={last} aria-label={t('moveDown', { label: field.label })} onClick={() => { onMove(1); }}>
          <IconArrowDown size={18} aria-hidden />
        </ActionIcon>
        <ActionIcon variant="subtle" aria-label={t('edit', { label: field.label })} onClick={onEdit}>
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
        {field.archived ? (
          <Button size="compact-sm" variant="subtle" leftSection={<IconArchiveOff size={16} aria-hidden />} loading={update.isPending} onClick={restore}>
            {t('archive.restore')}
          </Button>
        ) : (
          <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconArchive size={16} aria-hidden />} onClick={() => { onConfirm('archive'); }}>
            {t('archive.action')}
          </Button>
        )}
        <Button size="compact-sm" variant="subtle" color="red" c="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => { onConfirm('delete'); }}>
          {t('remove.action')}
        </Button>
      </Group>
    </Group>
  );
}

/** Asks before archiving (values kept) or deleting (values gone), saying which and how many. */
function ConfirmFieldAction({ confirming, onClose }: { confirming: Confirming | null; onClose: () => void }) {
  const { t } = useTranslation('customFields');
  const update = useUpdateCustomField();
  const remove = useDeleteCustomField();
  const field = confirming?.field;
  const archiving = confirming?.action === 'archive';
  const words = { label: field?.label ?? '', count: field?.valueCount ?? 0 };
  function confirm() {
    if (!field) return;
    if (archiving) {
      update.mutate(
        { id: field.id, body: { label: field.label, options: field.options, min: field.min, max: field.max, portalVisibility: field.portalVisibility, archived: true } },
        { onSuccess: () => { onClose(); notifySaved(t('archive.archived', words)); } },
      );
    } else {
      remove.mutate(field.id, { onSuccess: () => { onClose(); notifySaved(t('remove.deleted', words)); } });
    }
  }
  return (
    <ConfirmModal
      opened={confirming !== null}
      onClose={onClose}
      title={archiving ? t('archive.title', words) : t('remove.title', words)}
      confirmLabel={archiving ? t('archive.confirm') : t('remove.confirm')}
      danger={!archiving}
      onConfirm={confirm}
      loading={update.isPending || remove.isPending}
      error={archiving ? update.error : remove.error}
    >
      {archiving ? t('archive.text', words) : t('remove.text', words)}
    </ConfirmModal>
  );
}

/** Settings › Custom fields: the company's fields of customers and of locations, and the portal-change switch. */
export function CustomFieldsSettings() {
  const { t } = useTranslation('customFields');
  const query = useCustomFields();
  const order = useOrderCustomFields();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);

  if (query.isError) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;

  function move(fields: CustomField[], index: number, step: -1 | 1) {
    const ids = fields.map((f) => f.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + step, 0, moved!);
    order.mutate({ appliesTo: fields[0]!.appliesTo, ids }, { onError: (error) => notifyError(error) });
  }

  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm" maw={680}>
        {t('description')}
      </Text>
      <PortalChangeSwitch />
      {customFieldOwners.map((owner) => {
        const fields = query.data?.items.filter((f) => f.appliesTo === owner) ?? [];
        return (
          <Paper key={owner} withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }}>
            <Group justify="space-between" p="md" gap="sm">
              <Title order={2} fz="lg">
                {t(`owners.${owner}`)}
              </Title>
              <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setEditing({ field: null, appliesTo: owner }); }}>
                {t('add')}
              </Button>
            </Group>
            {!query.data ? <Skeleton height={60} m="md" /> : null}
            {query.data && fields.length === 0 ? (
              <Text c="dimmed" size="sm" px="md" pb="md">
                {t('ownerEmpty')}
              </Text>
            ) : null}
            {fields.map((field, index) => (
              <FieldRow
                key={field.id}
                field={field}
                first={index === 0}
                last={index === fields.length - 1}
                onEdit={() => { setEditing({ field, appliesTo: owner }); }}
                onConfirm={(action) => { setConfirming({ field, action }); }}
                onMove={(step) => { move(fields, index, step); }}
              />
            ))}
          </Paper>
        );
      })}
      <Modal opened={editing !== null} onClose={() => { setEditing(null); }} title={<Text fw={700}>{editing?.field ? t('edit', { label: editing.field.label }) : t('form.addTitle')}</Text>} size="lg">
        {editing ? <CustomFieldForm key={editing.field?.id ?? `new-${editing.appliesTo}`} field={editing.field} appliesTo={editing.appliesTo} onClose={() => { setEditing(null); }} /> : null}
      </Modal>
      <ConfirmFieldAction confirming={confirming} onClose={() => { setConfirming(null); }} />
    </Stack>
  );
}
