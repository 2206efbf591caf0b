import { Image, ThemeIcon } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import type { SupplyProduct } from '../../../../shared/features/supplies/supplies.contract.ts';

/** The product's picture, or a parcel icon when it has none; decorative, since its name is always beside it. */
export function ProductThumbnail({ product, size = 40 }: { product: SupplyProduct; size?: number }) {
  if (product.imageUrl) return <Image src={product.imageUrl} alt="" w={size} h={size} radius="sm" fit="cover" style={{ flexShrink: 0 }} />;
  return (
    <ThemeIcon size={size} radius="sm" variant="light" color="gray" style={{ flexShrink: 0 }}>
      <IconPackage size={Math.round(size / 2)} aria-hidden />
    </ThemeIcon>
  );
}
