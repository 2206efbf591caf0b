import { Box, Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { useUploadProductImage } from '../api/upload-product-image.ts';

/** The picture as it will be saved: unchanged, a new upload, or none. */
export type ProductImage = { kind: 'keep' } | { kind: 'new'; attachment: Attachment } | { kind: 'removed' };

const acceptedTypes = 'image/jpeg,image/png,image/webp';

interface ProductImageFieldProps {
  /** The picture the product has now, if any. */
  currentUrl: string | null;
  value: ProductImage;
  onChange: (image: ProductImage) => void;
  error?: string;
}

/** Uploads a picture at once and shows it; the product takes it when the form is saved. */
export function ProductImageField({ currentUrl, value, onChange, error }: ProductImageFieldProps) {
  const { t } = useTranslation('supplies');
  const upload = useUploadProductImage();
  const resetRef = useRef<() => void>(null);
  // The office upload takes PDFs too, for replies; a product needs a picture.
  const [notImage, setNotImage] = useState(false);
  const previewUrl = value.kind === 'new' ? (value.attachment.thumbnailUrl ?? value.attachment.url) : value.kind === 'keep' ? currentUrl : null;
  const problem = upload.error ? errorMessage(upload.error) : notImage ? t('image.notImage') : error;

  return (
    <Input.Wrapper label={t('image.label')} description={t('image.hint')} error={problem}>
      <Group gap="md" align="center" mt={6} wrap="wrap">
        <Box
          w={88}
          h={88}
          bg="var(--mantine-color-gray-light)"
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)', display: 'grid', placeItems: 'center', overflow: 'hidden' }}
        >
          {previewUrl ? (
            <Image src={previewUrl} alt={t('image.previewAlt')} w={88} h={88} fit="cover" />
          ) : (
            <Text size="xs" c="dimmed" ta="center">
              {t('image.none')}
            </Text>
          )}
        </Box>
        <Group gap="sm">
          <FileButton
            accept={acceptedTypes}
            resetRef={resetRef}
            inputProps={{ 'aria-label': t('image.input') }}
            onChange={(file) => {
              resetRef.current?.();
              if (!file) return;
              setNotImage(false);
              upload.mutate(file, {
                onSuccess: (attachment) => {
                  if (attachment.isImage) onChange({ kind: 'new', attachment });
                  else setNotImage(true);
                },
              });
            }}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} aria-hidden />} loading={upload.isPending}>
                {t('image.upload')}
              </Button>
            )}
          </FileButton>
          {previewUrl ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => {
                upload.reset();
                setNotImage(false);
                onChange({ kind: 'removed' });
              }}
            >
              {t('image.remove')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Input.Wrapper>
  );
}
