import { Box, Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logoMaxBytes } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { CompanyMonogram } from '../../../components/logo-mark.tsx';
import { errorMessage, notifySaved } from '../../../lib/error-message.ts';
import { useRemovePortalLogo } from '../api/remove-portal-logo.ts';
import { useUploadPortalLogo } from '../api/upload-portal-logo.ts';

const acceptedTypes = ['image/png', 'image/jpeg', 'image/webp'];

interface PortalLogoFieldProps {
  logoUrl: string | null;
  disabled: boolean;
  /** Without a logo, customers see the company's initials on its colour; the preview shows the same. */
  companyName: string;
  brandColor: string;
}

/** Uploads and removals happen at once, apart from the rest of the settings form. */
export function PortalLogoField({ logoUrl, disabled, companyName, brandColor }: PortalLogoFieldProps) {
  const { t } = useTranslation('portalSettings');
  const upload = useUploadPortalLogo();
  const remove = useRemovePortalLogo();
  const resetRef = useRef<() => void>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function choose(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    if (!acceptedTypes.includes(file.type)) {
      setProblem(t('logo.wrongType'));
      return;
    }
    if (file.size > logoMaxBytes) {
      setProblem(t('logo.tooLarge', { size: (file.size / 1024 / 1024).toFixed(1) }));
      return;
    }
    setProblem(null);
    upload.mutate(file, {
      onSuccess: () => { notifySaved(t('logo.uploaded'), t('logo.uploadedTitle')); },
      onError: (error) => { setProblem(errorMessage(error)); },
    });
  }

  return (
    <Input.Wrapper
      label={t('logo.label')}
      size="md"
      description={t('logo.hint')}
      error={problem}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    >
      <Group gap="md" align="center" wrap="wrap" mt={6}>
        <Box
          w={160}
          h={72}
          p="xs"
          bg="var(--mantine-color-gray-light)"
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)', display: 'grid', placeItems: 'center' }}
        >
          {logoUrl ? (
            <Image src={logoUrl} alt={t('logo.preview')} mah={52} maw={140} fit="contain" />
          ) : (
            <Group gap={6} wrap="nowrap">
              <CompanyMonogram name={companyName} color={brandColor} size={28} />
              <Text size="xs" c="dimmed">
                {t('logo.none')}
              </Text>
            </Group>
          )}
        </Box>
        <Group gap="sm">
          <FileButton onChange={choose} accept={acceptedTypes.join(',')} resetRef={resetRef} disabled={disabled}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} aria-hidden />} loading={upload.isPending} disabled={disabled}>
                {t('logo.upload')}
              </Button>
            )}
          </FileButton>
          {logoUrl ? (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              loading={remove.isPending}
              disabled={disabled}
              onClick={() => {
                setProblem(null);
                remove.mutate(undefined, {
                  onSuccess: () => { notifySaved(t('logo.removed'), t('logo.removedTitle')); },
                  onError: (error) => { setProblem(errorMessage(error)); },
                });
              }}
            >
              {t('logo.remove')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Input.Wrapper>
  );
}
