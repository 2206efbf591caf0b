import { Alert, Button, CopyButton, Group, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useRevokePortalCalendar } from '../api/portal-calendar-revoke.ts';
import { useSubscribePortalCalendar } from '../api/portal-calendar-subscribe.ts';
import { usePortalCalendarSubscription } from '../api/portal-calendar-subscription.ts';

/** The link just made: its only showing, with a copy button. */
function NewLink({ url }: { url: string }) {
  const { t } = useTranslation('portalVisits');
  return (
    <Alert color="teal" variant="light" icon={<IconKey size={20} />} title={t('calendar.newLink')}>
      <Stack gap="xs">
        <Text size="sm">{t('calendar.newLinkHint')}</Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput value={url} readOnly aria-label={t('calendar.newLink')} style={{ flex: 1, minWidth: 0 }} onFocus={(event) => event.currentTarget.select()} />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button variant="filled" color={copied ? 'teal.8' : undefined} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
                {copied ? t('calendar.copied') : t('calendar.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

/** A secret calendar link to the customer's visits: made, replaced or stopped here; shown once when made. */
export function PortalCalendarPanel({ slug }: { slug: string }) {
  const { t } = useTranslation('portalVisits');
  const query = usePortalCalendarSubscription(slug);
  const subscribe = useSubscribePortalCalendar(slug);
  const revoke = useRevokePortalCalendar(slug);
  const [url, setUrl] = useState<string | null>(null);
  const [confirmingStop, stopDialog] = useDisclosure(false);

  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('calendar.loadFailed')} />;
  if (!query.data) return <Skeleton height={80} radius="md" />;
  const { subscribed, feedDays } = query.data;

  function create() {
    subscribe.mutate(undefined, { onSuccess: (link) => { setUrl(link.url); } });
  }

  function stop() {
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        stopDialog.close();
        notifySaved(t('calendar.revoked'));
      },
    });
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('calendar.description', { days: feedDays })}
      </Text>
      <FormErrorAlert error={subscribe.error} keepsInput={false} />
      {url ? <NewLink url={url} /> : <Text fw={600}>{subscribed ? t('calendar.active') : t('calendar.inactive')}</Text>}
      <Group gap="sm" wrap="wrap">
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} variant={subscribed ? 'default' : 'filled'} onClick={create} loading={subscribe.isPending}>
          {subscribed ? t('calendar.replace') : t('calendar.create')}
        </Button>
        {subscribed ? (
          <Button variant="default" onClick={stopDialog.open}>
            {t('calendar.revoke')}
          </Button>
        ) : null}
      </Group>
      {subscribed ? (
        <Text size="xs" c="dimmed">
          {t('calendar.replaceHint')}
        </Text>
      ) : null}
      <ConfirmModal opened={confirmingStop} onClose={stopDialog.close} title={t('calendar.revokeTitle')} confirmLabel={t('calendar.revoke')} onConfirm={stop} loading={revoke.isPending} error={revoke.error} danger>
        {t('calendar.revokeText')}
      </ConfirmModal>
    </Stack>
  );
}
