import { Button, Group, Modal, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTag } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestCategoryInputSchema, type RequestCategory } from '../../../../shared/features/services/services.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { editColumn, YesNo } from '../../../components/list-columns.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateRequestCategory, type RequestCategoryInput } from '../api/create-request-category.ts';
import { useRequestCategories } from '../api/get-request-categories.ts';
import { useUpdateRequestCategory } from '../api/update-request-category.ts';
import { useEditModal } from '../../../lib/use-edit-modal.ts';

interface CategoryFormProps {
  category?: RequestCategory;
  mutation: UseMutationResult<RequestCategory, Error, RequestCategoryInput>;
  onClose: () => void;
}

function CategoryForm({ category, mutation, onClose }: CategoryFormProps) {
  const { t } = useTranslation(['services', 'common']);
  const [active, setActive] = useState(category?.active ?? true);
  const { errors, formProps } = useFormSubmit({
    schema: requestCategoryInputSchema,
    mutation,
    read: (data) => ({ name: textField(data, 'name'), active }),
    onValid: (values) => {
      mutation.mutate(values, {
        onSuccess: (saved) => {
          onClose();
          notifySaved(
            category ? t('categories.updated', { name: saved.name }) : t('categories.added', { name: saved.name }),
            category ? t('common:notices.saved') : t('categories.addedTitle'),
          );
        },
      });
    },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label={t('categories.name')} defaultValue={category?.name} autoComplete="off" error={errors.name} data-autofocus />
        <Switch
          label={t('common:states.active')}
          description={t('categories.activeHint')}
          checked={active}
          onChange={(event) => { setActive(event.currentTarget.checked); }}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('categories.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddCategoryForm({ onClose }: { onClose: () => void }) {
  return <CategoryForm mutation={useCreateRequestCategory()} onClose={onClose} />;
}

function EditCategoryForm({ category, onClose }: { category: RequestCategory; onClose: () => void }) {
  return <CategoryForm category={category} mutation={useUpdateRequestCategory(category.id)} onClose={onClose} />;
}

/** Kinds of issue customers can report when what they need is not a service from the catalogue. */
export function RequestCategoriesPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation(['services', 'common']);
  const query = useRequestCategories();
  const { opened, editing, open, close } = useEditModal<RequestCategory>();

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { open(null); }}>
      {t('categories.add')}
    </Button>
  ) : null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={3} />;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconTag size={28} />}
          title={t('categories.emptyTitle')}
          description={t('categories.emptyDescription')}
          action={addButton}
        />
      );
    }
    const columns: ListColumn<RequestCategory>[] = [
      {
        key: 'name',
        header: t('common:fields.name'),
        card: 'title',
        cell: (category) => (
          <Text size="sm" fw={600}>
            {category.name}
          </Text>
        ),
      },
      {
        key: 'active',
        header: t('common:states.active'),
        cell: (category) => <YesNo value={category.active} />,
      },
      ...(canManage
        ? [editColumn<RequestCategory>({ header: t('common:fields.actions'), edit: t('common:actions.edit'), labelOf: (category) => t('categories.editLabel', { name: category.name }), onEdit: open, card: 'aside' })]
        : []),
    ];
    return <ResponsiveTable items={query.data.items} columns={columns} rowKey={(category) => category.id} label={t('categories.pageTitle')} minWidth={360} />;
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          {t('categories.intro')}
        </Text>
        {query.data && query.data.items.length > 0 ? addButton : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal opened={opened} onClose={close} title={<Text fw={700}>{editing ? t('categories.editTitle', { name: editing.name }) : t('categories.add')}</Text>}>
        {editing ? <EditCategoryForm key={editing.id} category={editing} onClose={close} /> : <AddCategoryForm onClose={close} />}
      </Modal>
    </>
  );
}
