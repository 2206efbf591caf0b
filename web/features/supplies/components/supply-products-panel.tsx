import { Button, Group, Modal, Paper, Text } from '@mantine/core';
import { IconPackage, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupplyProduct } from '../../../../shared/features/supplies/supplies.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { editColumn, YesNo } from '../../../components/list-columns.tsx';
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
    const columns: ListColumn<SupplyProduct>[] = [
      { key: 'image', header: t('products.columns.image'), hideHeader: true, card: 'none', width: 56, cell: (product) => <ProductThumbnail product={product} /> },
      {
        key: 'product',
        header: t('products.columns.product'),
        card: 'title',
        cell: (product) => (
          <Text size="sm" fw={600}>
            {product.name}
          </Text>
        ),
        // A card has no image column: the picture goes beside the name.
        cardCell: (product) => (
          <Group gap="sm" wrap="nowrap">
            <ProductThumbnail product={product} />
            <Text size="sm" fw={600}>
              {product.name}
            </Text>
          </Group>
        ),
      },
      { key: 'unit', header: t('products.columns.unit'), cell: (product) => <Text size="sm">{product.unit}</Text> },
      {
        key: 'sku',
        header: t('products.columns.sku'),
        cell: (product) => (
          <Text size="sm" c={product.sku ? undefined : 'dimmed'} ff={product.sku ? 'monospace' : undefined}>
            {product.sku ?? '—'}
          </Text>
        ),
      },
      {
        key: 'active',
        header: t('products.columns.active'),
        cell: (product) => <YesNo value={product.active} />,
      },
      ...(canManage
        ? [editColumn<SupplyProduct>({ header: t('common:fields.actions'), edit: t('common:actions.edit'), labelOf: (product) => t('products.editNamed', { name: product.name }), onEdit: open, card: 'footer' })]
        : []),
    ];
    return <ResponsiveTable items={query.data.items} columns={columns} rowKey={(product) => product.id} label={t('page.products')} minWidth={620} />;
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
