import { Button, Group, Modal, Paper, Text } from '@mantine/core';
import { IconPlus, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Upgrade } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { editColumn, YesNo } from '../../../components/list-columns.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useEditModal } from '../../../lib/use-edit-modal.ts';
import { useCreateUpgrade } from '../api/create-upgrade.ts';
import { useUpgrades } from '../api/get-upgrades.ts';
import { useUpdateUpgrade } from '../api/update-upgrade.ts';
import { UpgradeForm } from './upgrade-form.tsx';

function AddUpgradeForm({ currency, onClose }: { currency: string; onClose: () => void }) {
  const { t } = useTranslation('upgrades');
  const mutation = useCreateUpgrade();
  return (
    <UpgradeForm
      currency={currency}
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('addedText', { name: saved.name }), t('added'));
      }}
    />
  );
}

function EditUpgradeForm({ upgrade, currency, onClose }: { upgrade: Upgrade; currency: string; onClose: () => void }) {
  const { t } = useTranslation('upgrades');
  const mutation = useUpdateUpgrade(upgrade.id);
  return (
    <UpgradeForm
      upgrade={upgrade}
      currency={currency}
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('updatedText', { name: saved.name }));
      }}
    />
  );
}

/** The add-ons customers can put on a visit: name, price, extra time, and whether they are offered. */
export function UpgradesPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation(['upgrades', 'common']);
  const query = useUpgrades();
  const { opened, editing, open, close } = useEditModal<Upgrade>();
  const currency = query.data?.currency ?? 'USD';

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { open(null); }}>
      {t('add')}
    </Button>
  ) : null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconSparkles size={28} />} title={t('empty.title')} description={t('empty.description')} action={addButton} />;
    }
    const columns: ListColumn<Upgrade>[] = [
      {
        key: 'name',
        header: t('columns.name'),
        card: 'title',
        cell: (upgrade) => (
          <div>
            <Text size="sm" fw={600}>
              {upgrade.name}
            </Text>
            {upgrade.description ? (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {upgrade.description}
              </Text>
            ) : null}
          </div>
        ),
      },
      { key: 'price', header: t('columns.price'), nowrap: true, cell: (upgrade) => <Text size="sm">{formatMoney(upgrade.price, currency)}</Text> },
      {
        key: 'extraTime',
        header: t('columns.extraTime'),
        nowrap: true,
        cell: (upgrade) => (
          <Text size="sm" c={upgrade.extraMinutes ? undefined : 'dimmed'}>
            {upgrade.extraMinutes ? t('extraTime', { minutes: upgrade.extraMinutes }) : t('noExtraTime')}
          </Text>
        ),
      },
      { key: 'active', header: t('columns.active'), cell: (upgrade) => <YesNo value={upgrade.active} /> },
      ...(canManage
        ? [editColumn<Upgrade>({ header: t('common:fields.actions'), edit: t('common:actions.edit'), labelOf: (upgrade) => t('editNamed', { name: upgrade.name }), onEdit: open, card: 'footer' })]
        : []),
    ];
    return <ResponsiveTable items={query.data.items} columns={columns} rowKey={(upgrade) => upgrade.id} label={t('page.list')} minWidth={560} />;
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm" maw={640}>
          {t('page.intro')}
        </Text>
        {query.data && query.data.items.length > 0 ? addButton : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal opened={opened} onClose={close} title={<Text fw={700}>{editing ? t('editNamed', { name: editing.name }) : t('add')}</Text>} size="lg">
        {editing ? <EditUpgradeForm key={editing.id} upgrade={editing} currency={currency} onClose={close} /> : <AddUpgradeForm currency={currency} onClose={close} />}
      </Modal>
    </>
  );
}
