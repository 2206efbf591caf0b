import { Alert, Box, Button, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Contact = { id: string; name: string };

/** Where a contact's QR code is drawn; the browser sends the session cookie with it like any same-origin request. */
export function contactQrUrl(customerId: string, contactId: string, format: 'png' | 'svg', download = false): string {
  return `/api/office/customers/${encodeURIComponent(customerId)}/contacts/${encodeURIComponent(contactId)}/qr.${format}${download ? '?download=1' : ''}`;
}

function QrImage({ customerId, contact }: { customerId: string; contact: Contact }) {
  const { t } = useTranslation('customers');
  const [state, setState] = useState<'loading' | 'shown' | 'failed'>('loading');
  if (state === 'failed') {
    return (
      <Alert color="red" variant="light">
        {t('qr.failed')}
      </Alert>
    );
  }
  return (
    <Box pos="relative" w={240} h={240} mx="auto">
      {state === 'loading' ? <Loader pos="absolute" top="45%" left="45%" size="sm" aria-label={t('qr.loading')} /> : null}
      <Image
        src={contactQrUrl(customerId, contact.id, 'svg')}
        alt={t('qr.alt', { name: contact.name })}
        w={240}
        h={240}
        onLoad={() => { setState('shown'); }}
        onError={() => { setState('failed'); }}
      />
    </Box>
  );
}

/** A contact's details as a QR code to scan into a phone, with both files to download. */
export function ContactQrModal({ customerId, contact, onClose }: { customerId: string; contact: Contact | null; onClose: () => void }) {
  const { t } = useTranslation('customers');
  return (
    <Modal opened={contact !== null} onClose={onClose} title={<Text fw={700}>{contact ? t('qr.title', { name: contact.name }) : ''}</Text>} centered>
      {contact ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('qr.intro')}
          </Text>
          <QrImage key={contact.id} customerId={customerId} contact={contact} />
          <Group justify="center" gap="sm">
            <Button component="a" href={contactQrUrl(customerId, contact.id, 'png', true)} download variant="light" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('qr.downloadPng')}
            </Button>
            <Button component="a" href={contactQrUrl(customerId, contact.id, 'svg', true)} download variant="light" leftSection={<IconDownload size={16} aria-hidden />}>
              {t('qr.downloadSvg')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
