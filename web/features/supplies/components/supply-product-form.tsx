import { Button, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  supplyProductInputSchema,
  type SupplyProduct,
  type SupplyProductInput,
} from '../../../../shared/features/supplies/supplies.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { ProductImageField, type ProductImage } from './product-image-field.tsx';

interface SupplyProductFormProps {
  /** The product being edited; a blank form adds a new one. */
  product?: SupplyProduct;
  mutation: UseMutationResult<SupplyProduct, Error, SupplyProductInput>;
  onSaved: (product: SupplyProduct) => void;
  onCancel: () => void;
}

/** Left out, the server keeps the picture; null removes it. */
function imageAttachmentId(image: ProductImage): { imageAttachmentId?: string | null } {
  if (image.kind === 'new') return { imageAttachmentId: image.attachment.id };
  if (image.kind === 'removed') return { imageAttachmentId: null };
  return {};
}

export function SupplyProductForm({ product, mutation, onSaved, onCancel }: SupplyProductFormProps) {
  const { t } = useTranslation(['supplies', 'common']);
  const [active, setActive] = useState(product?.active ?? true);
  const [image, setImage] = useState<ProductImage>({ kind: 'keep' });
  const { errors, formProps } = useFormSubmit({
    schema: supplyProductInputSchema,
    mutation,
    read: (data) => ({
      name: textField(data, 'name'),
      unit: textField(data, 'unit'),
      sku: textField(data, 'sku'),
      active,
      ...imageAttachmentId(image),
    }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label={t('productForm.name')} defaultValue={product?.name} autoComplete="off" error={errors.name} data-autofocus />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            name="unit"
            label={t('productForm.unit')}
            placeholder={t('productForm.unitPlaceholder')}
            defaultValue={product?.unit}
            autoComplete="off"
            error={errors.unit}
          />
          <TextInput name="sku" label={t('productForm.sku')} defaultValue={product?.sku ?? ''} autoComplete="off" error={errors.sku} />
        </SimpleGrid>
        <ProductImageField currentUrl={product?.imageUrl ?? null} value={image} onChange={setImage} error={errors.imageAttachmentId} />
        <Switch
          label={t('productForm.active')}
          description={t('productForm.activeHint')}
          checked={active}
          onChange={(event) => { setActive(event.currentTarget.checked); }}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('productForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
