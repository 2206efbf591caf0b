import { Button, Group, Modal, Paper, Text } from '@mantine/core';
import { IconPlus, IconTools } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/features/services/services.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { editColumn, YesNo } from '../../../components/list-columns.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useCreateService } from '../api/create-service.ts';
import { useServices } from '../api/get-services.ts';
import { useUpdateService } from '../api/update-service.ts';
import { ServiceForm, type LocationPickerProps } from './service-form.tsx';
import { useEditModal } from '../../../lib/use-edit-modal.ts';

interface ServicesPanelProps {
  canManage: boolean;
  renderLocationPicker: (props: LocationPickerProps) => ReactNode;
}

function locationSummary(service: Service, t: TFunction<'services'>): string {
  if (service.allLocations) return t('catalogue.allLocations');
  return t('catalogue.locations', { count: service.locations.length });
}

function AddServiceForm({ onClose, renderLocationPicker }: { onClose: () => void; renderLocationPicker: ServicesPanelProps['renderLocationPicker'] }) {
  const { t } = useTranslation('services');
  const mutation = useCreateService();
  return (
    <ServiceForm
      mutation={mutation}
      onCancel={onClose}
      renderLocationPicker={renderLocationPicker}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('catalogue.added', { name: saved.name }), t('catalogue.addedTitle'));
      }}
    />
  );
}

function EditServiceForm({ service, onClose, renderLocationPicker }: { service: Service; onClose: () => void; renderLocationPicker: ServicesPanelProps['renderLocationPicker'] }) {
  const { t } = useTranslation('services');
  const mutation = useUpdateService(service.id);
  return (
    <ServiceForm
      service={service}
      mutation={mutation}
      onCancel={onClose}
      renderLocationPicker={renderLocationPicker}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('catalogue.updated', { name: saved.name }));
      }}
    />
  );
}

/** The catalogue of services customers can ask for, and where each is offered. */
export function ServicesPanel({ canManage, renderLocationPicker }: ServicesPanelProps) {
  const { t } = useTranslation(['services', 'common']);
  const query = useServices();
  const { opened, editing, open, close } = useEditModal<Service>();

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { open(null); }}>
      {t('catalogue.add')}
    </Button>
  ) : null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconTools size={28} />}
          title={t('catalogue.emptyTitle')}
          description={t('catalogue.emptyDescription')}
          action={addButton}
        />
      );
    }
    const columns: ListColumn<Service>[] = [
      {
        key: 'name',
        header: t('common:fields.name'),
        card: 'title',
        cell: (service) => (
          <>
            <Text size="sm" fw={600}>
              {service.name}
            </Text>
            {service.description ? (
              <Text size="xs" c="dimmed" lineClamp={1}>
                {service.description}
              </Text>
            ) : null}
          </>
        ),
      },
      { key: 'active', header: t('common:states.active'), cell: (service) => <YesNo value={service.active} /> },
      { key: 'visible', header: t('catalogue.visibleInPortal'), cell: (service) => <YesNo value={service.visibleInPortal} /> },
      { key: 'locations', header: t('common:fields.locations'), nowrap: true, cardFull: true, cell: (service) => <Text size="sm">{locationSummary(service, t)}</Text> },
      ...(canManage
        ? [editColumn<Service>({ header: t('common:fields.actions'), edit: t('common:actions.edit'), labelOf: (service) => t('catalogue.editLabel', { name: service.name }), onEdit: open, card: 'aside' })]
        : []),
    ];
    return <ResponsiveTable items={query.data.items} columns={columns} rowKey={(service) => service.id} label={t('catalogue.pageTitle')} minWidth={640} />;
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          {t('catalogue.intro')}
        </Text>
        {query.data && query.data.items.length > 0 ? addButton : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal opened={opened} onClose={close} title={<Text fw={700}>{editing ? t('catalogue.editTitle', { name: editing.name }) : t('catalogue.add')}</Text>} size="lg">
        {editing ? (
          <EditServiceForm key={editing.id} service={editing} onClose={close} renderLocationPicker={renderLocationPicker} />
        ) : (
          <AddServiceForm onClose={close} renderLocationPicker={renderLocationPicker} />
        )}
      </Modal>
    </>
  );
}
