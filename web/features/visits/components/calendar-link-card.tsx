import { Alert, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarShare, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useCreateCalendarLink } from '../api/create-calendar-link.ts';
import { useCalendarLink } from '../api/get-calendar-link.ts';
import { useRevokeCalendarLink } from '../api/revoke-calendar-link.ts';

/**
 * The person's own calendar subscription: a secret address their calendar app reads their visits
 * from. The address is shown once, when made; making a new one turns the old one off.
 */
export function CalendarLinkCard() {
  const { t } = useTranslation('schedule');
  const status = useCalendarLink();
  const create = useCreateCalendarLink();
  const revoke = useRevokeCalendarLink();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'replace' | 'revoke' | null>(null);

  function makeLink() {
    create.mutate(undefined, {
      onSuccess: (link) => {
        setUrl(link.url);
        setConfirming(null);
      },
    });
  }

  function renderBody() {
    if (status.isError) return <LoadErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
    if (!status.data) return <TableSkeleton rows={2} />;
    return (
      <Stack gap="md">
        <FormErrorAlert error={create.error} keepsInput={false} />
        {url ? (
          <Alert color="teal" title={t('calendar.madeTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('calendar.madeText')}</Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput label={t('calendar.address')} value={url} readOnly style={{ flex: 1, minWidth: 0 }} onFocus={(event) => { event.currentTarget.select(); }} />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button variant="light" size="md" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
                      {copied ? t('calendar.copied') : t('calendar.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        ) : (
          <Text size="sm">{status.data.active ? t('calendar.active') : t('calendar.none')}</Text>
        )}
        <Group gap="sm">
          <Button
            leftSection={<IconCalendarShare size={18} aria-hidden />}
            variant={status.data.active ? 'default' : 'filled'}
            loading={create.isPending && confirming === null}
            onClick={() => { if (status.data.active) setConfirming('replace'); else makeLink(); }}
          >
            {status.data.active ? t('calendar.replace') : t('calendar.create')}
          </Button>
          {status.data.active ? (
            <Button variant="default" color="red" onClick={() => { setConfirming('revoke'); }}>
              {t('calendar.revoke')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {t('calendar.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('calendar.text')}
      </Text>
      {renderBody()}
      <ConfirmModal
        opened={confirming === 'replace'}
        onClose={() => { setConfirming(null); }}
        title={t('calendar.replaceTitle')}
        confirmLabel={t('calendar.replace')}
        onConfirm={makeLink}
        loading={create.isPending}
        error={create.error}
      >
        {t('calendar.replaceText')}
      </ConfirmModal>
      <ConfirmModal
        opened={confirming === 'revoke'}
        onClose={() => { setConfirming(null); }}
        title={t('calendar.revokeTitle')}
        confirmLabel={t('calendar.revoke')}
        danger
        onConfirm={() => {
          revoke.mutate(undefined, {
            onSuccess: () => {
              setUrl(null);
              setConfirming(null);
              notifySaved(t('calendar.revoked'));
            },
          });
        }}
        loading={revoke.isPending}
        error={revoke.error}
      >
        {t('calendar.revokeText')}
      </ConfirmModal>
    </Card>
  );
}
