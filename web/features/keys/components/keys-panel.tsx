import { ActionIcon, Badge, Button, Group, Menu, Modal, Paper, Skeleton, Text } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconHistory, IconKey, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Key } from '../../../../shared/features/keys/keys.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useEditModal } from '../../../lib/use-edit-modal.ts';
import { useAddKey } from '../api/add-key.ts';
import { keysPageSize, useCustomerKeys } from '../api/get-customer-keys.ts';
import { useRemoveKey } from '../api/remove-key.ts';
import { useReturnKey } from '../api/return-key.ts';
import { revealKeyCode } from '../api/reveal-key-code.ts';
import { useUpdateKey } from '../api/update-key.ts';
import { CheckOutForm } from './check-out-form.tsx';
import { KeyCode } from './key-code.tsx';
import { KeyForm } from './key-form.tsx';
import { KeyLog } from './key-log.tsx';

type Location = { id: string; name: string };

function AddKeyForm({ customerId, locations, onClose }: { customerId: string; locations: Location[]; onClose: () => void }) {
  const { t } = useTranslation('keys');
  const mutation = useAddKey(customerId);
  return (
    <KeyForm
      locations={locations}
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('addedText', { name: saved.label }), t('added'));
      }}
    />
  );
}

/** Editing starts from the key's code, read on purpose (and audited) only when there is one. */
function EditKeyForm({ customerId, keyItem, locations, onClose }: { customerId: string; keyItem: Key; locations: Location[]; onClose: () => void }) {
  const { t } = useTranslation('keys');
  const mutation = useUpdateKey(customerId, keyItem.id);
  const code = useQuery({ queryKey: ['office', 'keys', keyItem.id, 'code'], queryFn: () => revealKeyCode(keyItem.id), enabled: keyItem.hasCode, gcTime: 0, staleTime: 0 });
  if (keyItem.hasCode && code.isError) return <LoadErrorAlert error={code.error} onRetry={() => void code.refetch()} />;
  if (keyItem.hasCode && !code.data) return <Skeleton height={280} radius="md" />;
  return (
    <KeyForm
      keyItem={keyItem}
      code={code.data?.code ?? null}
      locations={locations}
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('updatedText', { name: saved.label }));
      }}
    />
  );
}

function Holder({ keyItem }: { keyItem: Key }) {
  const { t } = useTranslation('keys');
  if (!keyItem.holder) {
    return (
      <Badge variant="light" color="teal" tt="none">
        {t('inOffice')}
      </Badge>
    );
  }
  return (
    <div>
      <Text size="sm" fw={500}>
        {keyItem.holder.name}
      </Text>
      {keyItem.heldSince ? (
        <Text size="xs" c="dimmed">
          {t('since', { time: formatDateTime(keyItem.heldSince) })}
        </Text>
      ) : null}
    </div>
  );
}

type Dialog = { kind: 'checkOut' | 'log' | 'remove'; key: Key } | null;

interface KeyActionsProps {
  keyItem: Key;
  canManage: boolean;
  onDialog: (dialog: Dialog) => void;
  onEdit: (key: Key) => void;
  onReturn: (key: Key) => void;
  returning: boolean;
}

function KeyActions({ keyItem, canManage, onDialog, onEdit, onReturn, returning }: KeyActionsProps) {
  const { t } = useTranslation('keys');
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {canManage ? (
        keyItem.holder ? (
          <Button size="compact-sm" variant="light" leftSection={<IconArrowBackUp size={14} aria-hidden />} loading={returning} onClick={() => { onReturn(keyItem); }}>
            {t('actions.return')}
          </Button>
        ) : (
          <Button size="compact-sm" variant="light" leftSection={<IconKey size={14} aria-hidden />} onClick={() => { onDialog({ kind: 'checkOut', key: keyItem }); }}>
            {t('actions.checkOut')}
          </Button>
        )
      ) : null}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('actions.menu', { name: keyItem.label })}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconHistory size={14} aria-hidden />} onClick={() => { onDialog({ kind: 'log', key: keyItem }); }}>
            {t('actions.log')}
          </Menu.Item>
          {canManage ? (
            <>
              <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => { onEdit(keyItem); }}>
                {t('actions.edit')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => { onDialog({ kind: 'remove', key: keyItem }); }}>
                {t('actions.remove')}
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

/** The customer's key ring: every key, fob, card and code held for its locations, and who has each. */
export function KeysPanel({ customerId, locations, canManage }: { customerId: string; locations: Location[] | undefined; canManage: boolean }) {
  const { t } = useTranslation(['keys', 'common']);
  const [page, setPage] = useState(1);
  const query = useCustomerKeys(customerId, page);
  const edit = useEditModal<Key>();
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useRemoveKey(customerId);
  const giveBack = useReturnKey(customerId);
  const closeDialog = () => { setDialog(null); };

  const addButton =
    canManage && locations && locations.length > 0 ? (
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { edit.open(null); }}>
        {t('add')}
      </Button>
    ) : null;

  function recordReturn(key: Key) {
    giveBack.mutate(key.id, {
      onSuccess: (saved) => { notifySaved(t('returnedText', { name: saved.label })); },
      onError: (error) => { notifyError(error); },
    });
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.total === 0) {
      const noPlaces = locations?.length === 0;
      return <EmptyState icon={<IconKey size={28} />} title={t('empty.title')} description={noPlaces ? t('empty.noLocations') : t('empty.description')} action={addButton} />;
    }
    const columns: ListColumn<Key>[] = [
      {
        key: 'label',
        header: t('columns.label'),
        card: 'title',
        cell: (key) => (
          <div>
            <Text size="sm" fw={600}>
              {key.label}
            </Text>
            {key.notes ? (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {key.notes}
              </Text>
            ) : null}
          </div>
        ),
      },
      { key: 'kind', header: t('columns.kind'), card: 'aside', nowrap: true, cell: (key) => <Badge variant="outline" tt="none">{t(`kinds.${key.kind}`)}</Badge> },
      { key: 'location', header: t('columns.location'), cell: (key) => <Text size="sm">{key.locationName}</Text> },
      { key: 'code', header: t('columns.code'), nowrap: true, cell: (key) => <KeyCode keyItem={key} /> },
      { key: 'holder', header: t('columns.holder'), cell: (key) => <Holder keyItem={key} /> },
      {
        key: 'actions',
        header: t('common:fields.actions'),
        hideHeader: true,
        align: 'right',
        card: 'footer',
        cell: (key) => <KeyActions keyItem={key} canManage={canManage} onDialog={setDialog} onEdit={edit.open} onReturn={recordReturn} returning={giveBack.isPending && giveBack.variables === key.id} />,
      },
    ];
    return (
      <>
        <ResponsiveTable items={query.data.items} columns={columns} rowKey={(key) => key.id} label={t('list')} minWidth={720} />
        <PaginationFooter page={page} pageSize={keysPageSize} total={query.data.total} onPageChange={setPage} />
      </>
    );
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm" maw={640}>
          {t('intro')}
        </Text>
        {query.data && query.data.total > 0 ? addButton : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal opened={edit.opened} onClose={edit.close} title={<Text fw={700}>{edit.editing ? t('editNamed', { name: edit.editing.label }) : t('add')}</Text>} size="lg">
        {edit.editing ? (
          <EditKeyForm key={edit.editing.id} customerId={customerId} keyItem={edit.editing} locations={locations ?? []} onClose={edit.close} />
        ) : (
          <AddKeyForm customerId={customerId} locations={locations ?? []} onClose={edit.close} />
        )}
      </Modal>
      <Modal opened={dialog?.kind === 'checkOut'} onClose={closeDialog} title={<Text fw={700}>{dialog ? t('checkOut.title', { name: dialog.key.label }) : ''}</Text>}>
        {dialog?.kind === 'checkOut' ? (
          <CheckOutForm
            customerId={customerId}
            keyItem={dialog.key}
            onCancel={closeDialog}
            onDone={(saved) => {
              closeDialog();
              notifySaved(t('checkedOutText', { name: saved.label, holder: saved.holder?.name ?? '' }));
            }}
          />
        ) : null}
      </Modal>
      <Modal opened={dialog?.kind === 'log'} onClose={closeDialog} title={<Text fw={700}>{dialog ? t('log.title', { name: dialog.key.label }) : ''}</Text>}>
        {dialog?.kind === 'log' ? <KeyLog customerId={customerId} keyItem={dialog.key} /> : null}
      </Modal>
      <ConfirmModal
        opened={dialog?.kind === 'remove'}
        onClose={closeDialog}
        title={dialog ? t('remove.title', { name: dialog.key.label }) : ''}
        confirmLabel={t('remove.confirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (dialog?.kind !== 'remove') return;
          const { key } = dialog;
          remove.mutate(key.id, {
            onSuccess: () => {
              closeDialog();
              notifySaved(t('removedText', { name: key.label }));
            },
          });
        }}
      >
        <Text size="sm">{t('remove.body')}</Text>
      </ConfirmModal>
    </>
  );
}
