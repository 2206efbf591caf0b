import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconCloudUpload, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dismissRefused } from '../lib/offline-queue.ts';
import { useOfflineQueue } from '../lib/use-offline-queue.ts';

/**
 * Says what is still on the phone waiting for a connection, and what the server refused once it
 * arrived; nothing when everything is sent.
 */
export function PendingWrites({ ownerId }: { ownerId: string }) {
  const { t } = useTranslation('offline');
  const { waiting, refused, sendNow } = useOfflineQueue(ownerId);
  if (waiting.length === 0 && refused.length === 0) return null;
  return (
    <>
      {waiting.length > 0 ? (
        <Alert color="orange" icon={<IconCloudUpload size={18} aria-hidden />} title={t('waiting', { count: waiting.length })} mb="md" role="status">
          <Text size="sm">{t('waitingText')}</Text>
          <List size="sm" mt={4}>
            {waiting.map((write) => (
              <List.Item key={write.clientId}>{write.label}</List.Item>
            ))}
          </List>
          <Group mt="xs">
            <Button size="xs" variant="default" onClick={() => void sendNow()}>
              {t('sendNow')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {refused.length > 0 ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('refusedTitle')} mb="md" role="alert">
          <List size="sm">
            {refused.map((write) => (
              <List.Item key={write.clientId}>{t('refused', { what: write.label, reason: write.reason })}</List.Item>
            ))}
          </List>
          <Group mt="xs">
            <Button size="xs" variant="default" onClick={dismissRefused}>
              {t('dismiss')}
            </Button>
          </Group>
        </Alert>
      ) : null}
    </>
  );
}
