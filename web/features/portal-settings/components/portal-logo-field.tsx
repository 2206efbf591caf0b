import { Box, Button, FileButton, Group, Image, Input, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { logoMaxBytes } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { LogoMark } from '../../../components/logo-mark.tsx';
import { errorMessage, notifySaved } from '../../../lib/error-message.ts';
import { useRemovePortalLogo } from '../api/remove-portal-logo.ts';
import { useUploadPortalLogo } from '../api/upload-portal-logo.ts';

const acceptedTypes = ['image/png', 'image/jpeg', 'image/webp'];

interface PortalLogoFieldProps {
  logoUrl: string | null;
  disabled: boolean;
}

/** Uploads and removals happen at once, apart from the rest of the settings form. */
export function PortalLogoField({ logoUrl, disabled }: PortalLogoFieldProps) {
  const upload = useUploadPortalLogo();
  const remove = useRemovePortalLogo();
  const resetRef = useRef<() => void>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function choose(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    if (!acceptedTypes.includes(file.type)) {
      setProblem('Choose a PNG, JPEG or WebP image.');
      return;
    }
    if (file.size > logoMaxBytes) {
      setProblem(`This image is ${(file.size / 1024 / 1024).toFixed(1)} MB; the logo can be at most 2 MB.`);
      return;
    }
    setProblem(null);
    upload.mutate(file, {
      onSuccess: () => { notifySaved('Customers see the new logo in the portal.', 'Logo uploaded'); },
      onError: (error) => { setProblem(errorMessage(error)); },
    });
  }

  return (
    <Input.Wrapper
      label="Logo"
      size="md"
      description="PNG, JPEG or WebP, up to 2 MB. A wide logo on a transparent background looks best."
      error={problem}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
    >
      <Group gap="md" align="center" wrap="wrap" mt={6}>
        <Box
          w={160}
          h={72}
          p="xs"
          bg="gray.0"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)', display: 'grid', placeItems: 'center' }}
        >
          {logoUrl ? (
            <Image src={logoUrl} alt="Your logo, as customers see it" mah={52} maw={140} fit="contain" />
          ) : (
            <Group gap={6} wrap="nowrap">
              <LogoMark size={28} />
              <Text size="xs" c="dimmed">
                No logo yet
              </Text>
            </Group>
          )}
        </Box>
        <Group gap="sm">
          <FileButton onChange={choose} accept={acceptedTypes.join(',')} resetRef={resetRef} disabled={disabled}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} aria-hidden />} loading={upload.isPending} disabled={disabled}>
                Upload logo
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
                  onSuccess: () => { notifySaved('The portal shows your company name without a logo.', 'Logo removed'); },
                  onError: (error) => { setProblem(errorMessage(error)); },
                });
              }}
            >
              Remove logo
            </Button>
          ) : null}
        </Group>
      </Group>
    </Input.Wrapper>
  );
}
