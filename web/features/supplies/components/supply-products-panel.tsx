import { Badge, Button, Group, Modal, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPackage, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupplyProduct } from '../../../../shared/features/supplies/supplies.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useCreateSupplyProduct } from '../api/create-supply-product.ts';
import { useSupplyProducts } from '../api/get-supply-products.ts';
import { useUpdateSupplyProduct } from '../api/update-supply-product.ts';
import { ProductThumbnail } from './product-thumbnail.tsx';
import { SupplyProductForm } from './supply-product-form.tsx';
import { useEditModal } from '../../../lib/use-edit-modal.ts';

function AddProductForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('supplies');
  const mutation = useCreateSupplyProduct();
  return (
    <SupplyProductForm
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('products.addedText', { name: saved.name }), t('products.added'));
      }}
    />
  );
}

function EditProductForm({ product, onClose }: { product: SupplyProduct; onClose: () => void }) {
  const { t } = useTranslation('supplies');
  const mutation = useUpdateSupplyProduct(product.id);
  return (
    <SupplyProductForm
      product={product}
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('products.updatedText', { name: saved.name }));
      }}
    />
  );
}

/** The supplies catalogue customers order from. */
export function SupplyProductsPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation(['supplies', 'common']);
  const query = useSupplyProducts();
  const { opened, editing, open, close } = useEditModal<SupplyProduct>();

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { open(null); }}>
      {t('products.add')}
    </Button>
  ) : null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconPackage size={28} />}
          title={t('products.empty.title')}
          description={t('products.empty.description')}
          action={addButton}
        />
      );
    }
    return (
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>{t('products.columns.image')}</VisuallyHidden>
              </Table.Th>
              <Table.Th>{t('products.columns.product')}</Table.Th>
              <Table.Th>{t('products.columns.unit')}</Table.Th>
              <Table.Th>{t('products.columns.sku')}</Table.Th>
              <Table.Th>{t('products.columns.active')}</Table.Th>
              {canManage ? (
                <Table.Th>
                  <VisuallyHidden>{t('common:fields.actions')}</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((product) => (
              <Table.Tr key={product.id}>
                <Table.Td w={56}>
                  <ProductThumbnail product={product} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {product.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{product.unit}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={product.sku ? undefined : 'dimmed'} ff={product.sku ? 'monospace' : undefined}>
                    {product.sku ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={product.active ? 'teal' : 'gray'} tt="none">
                    {product.active ? t('common:answers.yes') : t('common:answers.no')}
                  </Badge>
                </Table.Td>
                {canManage ? (
                  <Table.Td ta="right">
                    <Button size="compact-sm" variant="subtle" aria-label={t('products.editNamed', { name: product.name })} onClick={() => { open(product); }}>
                      {t('common:actions.edit')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          {t('products.intro')}
        </Text>
        {query.data && query.data.items.length > 0 ? addButton : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal opened={opened} onClose={close} title={<Text fw={700}>{editing ? t('products.editNamed', { name: editing.name }) : t('products.add')}</Text>} size="lg">
        {editing ? <EditProductForm key={editing.id} product={editing} onClose={close} /> : <AddProductForm onClose={close} />}
      </Modal>
    </>
  );
}
