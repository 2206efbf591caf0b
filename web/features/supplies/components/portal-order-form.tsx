import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconShoppingCart } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxQuantityPerLine, type SupplyOrder, type SupplyProduct } from '../../../../shared/features/supplies/supplies.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useCreateSupplyOrder } from '../api/create-supply-order.ts';
import { ProductThumbnail } from './product-thumbnail.tsx';

interface PortalOrderFormProps {
  slug: string;
  locationId: string;
  products: SupplyProduct[];
}

type Quantities = Record<string, number>;

function wholeQuantity(value: string | number): number {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? Math.max(0, Math.min(maxQuantityPerLine, Math.floor(number))) : 0;
}

/** Every product on offer with a quantity; only the ones above zero are ordered. */
export function PortalOrderForm({ slug, locationId, products }: PortalOrderFormProps) {
  const { t } = useTranslation(['supplies', 'common']);
  const mutation = useCreateSupplyOrder(slug);
  const [quantities, setQuantities] = useState<Quantities>({});
  const [note, setNote] = useState('');
  const [placed, setPlaced] = useState<SupplyOrder | null>(null);
  const lines = products
    .map((product) => ({ productId: product.id, quantity: quantities[product.id] ?? 0 }))
    .filter((line) => line.quantity > 0);
  const fieldErrors = isApiError(mutation.error) ? mutation.error.fields : {};

  if (products.length === 0) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
        {t('orderForm.nothingToOrder')}
      </Alert>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (lines.length === 0) return;
        mutation.mutate(
          { locationId, lines, note },
          {
            onSuccess: (order) => {
              setPlaced(order);
              setQuantities({});
              setNote('');
            },
          },
        );
      }}
    >
      <Stack gap="md">
        {placed ? (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('orderForm.placedTitle')} withCloseButton onClose={() => { setPlaced(null); }}>
            {t('orderForm.placed', { reference: placed.reference })}
          </Alert>
        ) : null}
        <FormErrorAlert error={mutation.error} />
        <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('orderForm.products')}>
            {products.map((product, index) => (
              <li key={product.id} style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}>
                <Group gap="sm" p="md" wrap="nowrap" justify="space-between">
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                    <ProductThumbnail product={product} size={48} />
                    <div style={{ minWidth: 0 }}>
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {product.name}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {product.unit}
                      </Text>
                    </div>
                  </Group>
                  <NumberInput
                    aria-label={t('orderForm.quantityOf', { product: product.name })}
                    min={0}
                    max={maxQuantityPerLine}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="strict"
                    inputMode="numeric"
                    size="md"
                    w={104}
                    style={{ flexShrink: 0 }}
                    value={quantities[product.id] ?? 0}
                    onChange={(value) => { setQuantities((current) => ({ ...current, [product.id]: wholeQuantity(value) })); }}
                  />
                </Group>
              </li>
            ))}
          </Stack>
        </Paper>
        {fieldErrors.lines ? (
          <Text size="sm" c="var(--mantine-color-error)">
            {fieldErrors.lines}
          </Text>
        ) : null}
        <Textarea
          label={t('common:fields.note')}
          description={t('orderForm.noteHint')}
          autosize
          minRows={2}
          maxLength={500}
          value={note}
          onChange={(event) => { setNote(event.currentTarget.value); }}
          error={fieldErrors.note}
        />
        <Group>
          <Button
            type="submit"
            size="md"
            leftSection={<IconShoppingCart size={18} aria-hidden />}
            loading={mutation.isPending}
            disabled={lines.length === 0}
          >
            {t('orderForm.place')}
          </Button>
          <Text size="sm" c="dimmed">
            {lines.length === 0 ? t('orderForm.chooseQuantity') : t('orderForm.chosen', { count: lines.length, number: formatNumber(lines.length) })}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
