import { ActionIcon, Anchor, Badge, Button, Group, Modal, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconFileUpload, IconLink, IconPencil, IconTrash, IconWorldWww } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../../../shared/features/resources/resources.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatDateTime, formatFileSize } from '../../../lib/format.ts';
import { useAddFile } from '../api/add-file.ts';
import { useAddLink } from '../api/add-link.ts';
import { useDeleteResource } from '../api/delete-resource.ts';
import { useResources } from '../api/get-resources.ts';
import { useUpdateResource } from '../api/update-resource.ts';
import { ResourceForm, type ResourceFormValues } from './resource-form.tsx';

type Editing = { add: 'link' | 'file' } | { edit: Resource };

function ResourceCard({ resource, canManage, onEdit, onDelete }: { resource: Resource; canManage: boolean; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation('resources');
  const added = formatDateTime(resource.createdAt);
  const isLink = resource.kind === 'link';
  return (
    <Paper withBorder radius="md" p="md" component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Anchor
              href={resource.url}
              fw={600}
              style={{ overflowWrap: 'anywhere' }}
              {...(isLink ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
              aria-label={t(isLink ? 'open' : 'download', { title: resource.title })}
            >
              {resource.title}
            </Anchor>
            <Badge variant="light" color={resource.shared ? 'teal' : 'gray'}>{t(resource.shared ? 'badges.shared' : 'badges.internal')}</Badge>
            {isLink ? <Badge variant="light" color="dark" leftSection={<IconLink size={12} aria-hidden />}>{t('badges.link')}</Badge> : null}
          </Group>
          {resource.description ? <Text size="sm">{resource.description}</Text> : null}
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {isLink ? resource.url : `${resource.fileName ?? ''} · ${formatFileSize(resource.sizeBytes ?? 0)}`}
          </Text>
          <Text size="sm" c="dimmed">{resource.createdByName ? t('addedBy', { name: resource.createdByName, date: added }) : t('addedByRemoved', { date: added })}</Text>
        </Stack>
        {canManage ? (
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('edit', { title: resource.title })}>
              <ActionIcon variant="subtle" size="lg" aria-label={t('edit', { title: resource.title })} onClick={onEdit}>
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('delete.label', { title: resource.title })}>
              <ActionIcon variant="subtle" color="red.8" size="lg" aria-label={t('delete.label', { title: resource.title })} onClick={onDelete}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}

/** A customer's resources: files and links, each internal or shared with the customer's portal. */
export function ResourcesPanel({ customerId, canManage, uploadLimitMb }: { customerId: string; canManage: boolean; uploadLimitMb: number | null }) {
  const { t } = useTranslation('resources');
  const query = useResources(customerId);
  const addLink = useAddLink(customerId);
  const addFile = useAddFile(customerId);
  const update = useUpdateResource(customerId);
  const remove = useDeleteResource(customerId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Resource | null>(null);
  const active = editing === null ? null : 'edit' in editing ? update : editing.add === 'link' ? addLink : addFile;

  const close = () => {
    setEditing(null);
    addLink.reset();
    addFile.reset();
    update.reset();
  };
  const saved = (key: 'form.added' | 'form.saved') => () => { notifySaved(t(key)); close(); };

  function submit(values: ResourceFormValues) {
    if (!editing) return;
    const common = { title: values.title, description: values.description, shared: values.shared };
    if ('edit' in editing) {
      update.mutate({ resourceId: editing.edit.id, body: editing.edit.kind === 'link' ? { ...common, url: values.url } : common }, { onSuccess: saved('form.saved') });
    } else if (editing.add === 'link') {
      addLink.mutate({ ...common, url: values.url }, { onSuccess: saved('form.added') });
    } else if (values.file) {
      addFile.mutate({ ...common, file: values.file }, { onSuccess: saved('form.added') });
    }
  }

  function renderList() {
    const resources = query.data?.pages.flatMap((page) => page.items);
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
    if (!resources) return <Stack gap="sm" aria-hidden>{[0, 1].map((i) => <Skeleton key={i} height={88} radius="md" />)}</Stack>;
    if (resources.length === 0) return <EmptyState icon={<IconWorldWww size={28} />} title={t('empty.title')} description={t('empty.description')} />;
    return (
      <Stack gap="md">
        <Stack gap="sm" component="ul" p={0} m={0}>
          {resources.map((resource) => (
            <ResourceCard key={resource.id} resource={resource} canManage={canManage} onEdit={() => { setEditing({ edit: resource }); }} onDelete={() => { setDeleting(resource); }} />
          ))}
        </Stack>
        <ShowMoreButton query={query} />
      </Stack>
    );
  }

  const title = editing === null ? '' : 'edit' in editing ? t('form.editTitle') : t(editing.add === 'link' ? 'form.addLinkTitle' : 'form.addFileTitle');
  return (
    <Stack gap="lg" maw={840}>
      <Text c="dimmed">{t('intro')}</Text>
      {canManage ? (
        <Group gap="sm">
          <Button leftSection={<IconLink size={18} aria-hidden />} onClick={() => { setEditing({ add: 'link' }); }}>{t('addLink')}</Button>
          <Button variant="default" leftSection={<IconFileUpload size={18} aria-hidden />} onClick={() => { setEditing({ add: 'file' }); }}>{t('addFile')}</Button>
        </Group>
      ) : null}
      <div>{renderList()}</div>
      <Modal opened={editing !== null} onClose={close} title={title}>
        {editing ? <ResourceForm key={'edit' in editing ? editing.edit.id : editing.add} mode={editing} submitting={active?.isPending ?? false} error={active?.error ?? null} uploadLimitMb={uploadLimitMb} onSubmit={submit} /> : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => { setDeleting(null); remove.reset(); }}
        title={t('delete.title')}
        confirmLabel={t('delete.confirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, { onSuccess: () => { notifySaved(t('delete.deleted')); setDeleting(null); } });
        }}
      >
        {deleting ? t('delete.text', { title: deleting.title }) : null}
      </ConfirmModal>
    </Stack>
  );
}
