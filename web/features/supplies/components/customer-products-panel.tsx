import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPackage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplyProduct } from '../../../../shared/features/supplies/supplies.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useCustomerProducts } from '../api/get-customer-products.ts';
import { useSupplyProducts } from '../api/get-supply-products.ts';
import { useUpdateCustomerProducts } from '../api/update-customer-products.ts';
import { ProductThumbnail } from './product-thumbnail.tsx';

interface CustomerProductsPanelProps {
  customerId: string;
  customerName: string;
  canManage: boolean;
}

function ProductChecklist({ customerId, customerName, canManage, products, chosen }: CustomerProductsPanelProps & { products: SupplyProduct[]; chosen: string[] }) {
  const { t } = useTranslation('supplies');
  const mutation = useUpdateCustomerProducts(customerId);
  const [productIds, setProductIds] = useState<string[]>(chosen);
  // Inactive products cannot be ordered; they stay listed only while still ticked, so they can be unticked.
  const listed = products.filter((product) => product.active || productIds.includes(product.id));

  return (
    <Stack gap="md">
      <FormErrorAlert error={mutation.error} />
      <Checkbox.Group
        label={t('customerProducts.label')}
        description={t('customerProducts.hint', { customer: customerName })}
        value={productIds}
        onChange={setProductIds}
      >
        <Stack gap="sm" mt="sm">
          {listed.map((product) => (
            <Checkbox
              key={product.id}
              value={product.id}
              disabled={!canManage}
              label={
                <Group gap="sm" wrap="nowrap">
                  <ProductThumbnail product={product} size={32} />
                  <div>
                    <Text size="sm" fw={600}>
                      {product.name}
                      {product.active ? null : (
                        <Badge ml="xs" size="xs" color="gray" variant="light" tt="none">
                          {t('customerProducts.inactive')}
                        </Badge>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {product.unit}
                    </Text>
                  </div>
                </Group>
              }
              styles={{ body: { alignItems: 'center' } }}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {productIds.length === 0 ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />}>
          {t('customerProducts.nothingTicked')}
        </Alert>
      ) : null}
      {canManage ? (
        <Group>
          <Button
            loading={mutation.isPending}
            onClick={() => {
              mutation.mutate(
                { productIds },
                {
                  onSuccess: (saved) => {
                    notifySaved(
                      saved.productIds.length === 0
                        ? t('customerProducts.savedAll', { customer: customerName })
                        : t('customerProducts.savedSome', { customer: customerName, count: saved.productIds.length, number: formatNumber(saved.productIds.length) }),
                    );
                  },
                },
              );
            }}
          >
            {t('customerProducts.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Which products from the catalogue this customer's portal users may order. */
export function CustomerProductsPanel(props: CustomerProductsPanelProps) {
  const { t } = useTranslation('supplies');
  const products = useSupplyProducts();
  const chosen = useCustomerProducts(props.customerId);

  function renderBody() {
    const error = products.error ?? chosen.error;
    if (error && (!products.data || !chosen.data)) {
      return (
        <LoadErrorAlert
          error={error}
          onRetry={() => {
            void products.refetch();
            void chosen.refetch();
          }}
        />
      );
    }
    if (!products.data || !chosen.data) return <TableSkeleton rows={4} />;
    if (products.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconPackage size={28} />}
          title={t('customerProducts.emptyCatalogue.title')}
          description={t('customerProducts.emptyCatalogue.description')}
        />
      );
    }
    return <ProductChecklist {...props} products={products.data.items} chosen={chosen.data.productIds} />;
  }

  return (
    <Card withBorder padding="lg" shadow="xs" maw={720}>
      <Title order={2} fz="lg" mb="md">
        {t('customerProducts.title')}
      </Title>
      {renderBody()}
    </Card>
  );
}
