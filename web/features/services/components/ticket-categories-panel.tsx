import { Badge, Button, Group, Modal, Paper, Stack, Switch, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTag } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ticketCategoryInputSchema, type TicketCategory } from '../../../../shared/features/services/services.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateTicketCategory, type TicketCategoryInput } from '../api/create-ticket-category.ts';
import { useTicketCategories } from '../api/get-ticket-categories.ts';
import { useUpdateTicketCategory } from '../api/update-ticket-category.ts';
import { useEditModal } from '../../../lib/use-edit-modal.ts';

interface CategoryFormProps {
  category?: TicketCategory;
  mutation: UseMutationResult<TicketCategory, Error, TicketCategoryInput>;
  onClose: () => void;
}

function CategoryForm({ category, mutation, onClose }: CategoryFormProps) {
  const [active, setActive] = useState(category?.active ?? true);
  const { errors, formProps } = useFormSubmit({
    schema: ticketCategoryInputSchema,
    mutation,
    read: (data) => ({ name: textField(data, 'name'), active }),
    onValid: (values) => {
      mutation.mutate(values, {
        onSuccess: (saved) => {
          onClose();
          notifySaved(category ? `${saved.name} is up to date.` : `Customers can now choose ${saved.name}.`, category ? 'Saved' : 'Category added');
        },
      });
    },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label="Category name" defaultValue={category?.name} autoComplete="off" error={errors.name} data-autofocus />
        <Switch
          label="Active"
          description="Customers can choose only active categories."
          checked={active}
          onChange={(event) => { setActive(event.currentTarget.checked); }}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Save category
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddCategoryForm({ onClose }: { onClose: () => void }) {
  return <CategoryForm mutation={useCreateTicketCategory()} onClose={onClose} />;
}

function EditCategoryForm({ category, onClose }: { category: TicketCategory; onClose: () => void }) {
  return <CategoryForm category={category} mutation={useUpdateTicketCategory(category.id)} onClose={onClose} />;
}

/** Kinds of issue customers can report when what they need is not a service from the catalogue. */
export function TicketCategoriesPanel({ canManage }: { canManage: boolean }) {
  const query = useTicketCategories();
  const { opened, editing, open, close } = useEditModal<TicketCategory>();

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { open(null); }}>
      Add category
    </Button>
  ) : null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={3} />;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconTag size={28} />}
          title="No ticket categories yet"
          description="Add categories like “Missed area” or “Broken equipment” so customers can report issues."
          action={addButton}
        />
      );
    }
    return (
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Active</Table.Th>
            {canManage ? (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.items.map((category) => (
            <Table.Tr key={category.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {category.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={category.active ? 'teal' : 'gray'} tt="none">
                  {category.active ? 'Yes' : 'No'}
                </Badge>
              </Table.Td>
              {canManage ? (
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="subtle" aria-label={`Edit ${category.name}`} onClick={() => { open(category); }}>
                    Edit
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          Customers choose a category when they report an issue rather than ask for a service.
        </Text>
        {query.data && query.data.items.length > 0 ? addButton : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal opened={opened} onClose={close} title={<Text fw={700}>{editing ? `Edit ${editing.name}` : 'Add category'}</Text>}>
        {editing ? <EditCategoryForm key={editing.id} category={editing} onClose={close} /> : <AddCategoryForm onClose={close} />}
      </Modal>
    </>
  );
}
