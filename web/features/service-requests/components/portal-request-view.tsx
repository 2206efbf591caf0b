import { Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconHourglass, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  finishedStatuses,
  type PortalRequestDetail,
} from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { AttachmentThumbnails } from '../../../components/attachment-thumbnails.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatDateTime, formatDuration } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useConfirmPortalRequest } from '../api/confirm-portal-request.ts';
import { useSendPortalMessage } from '../api/send-portal-message.ts';
import { uploadPortalAttachment } from '../api/upload-portal-attachment.ts';
import { RequestComposer } from './request-composer.tsx';
import { RequestConversation } from './request-conversation.tsx';
import { RequestStatusBadge } from './request-status-badge.tsx';

interface PortalRequestViewProps {
  slug: string;
  request: PortalRequestDetail;
  /** Staff viewing the portal as a customer may look but not change anything. */
  readOnly: boolean;
}

/** "Open for 2 h 14 min", counting while the request is open and stopping when it is resolved or closed. */
function ElapsedTime({ request }: { request: PortalRequestDetail }) {
  const { t } = useTranslation('serviceRequests');
  const finished = finishedStatuses.includes(request.status);
  const now = useNow(15_000, !finished);
  const endedAt = request.resolvedAt ?? request.closedAt;
  const end = finished && endedAt ? new Date(endedAt).getTime() : now;
  const elapsed = formatDuration(end - new Date(request.createdAt).getTime());
  return (
    <Group gap={6} wrap="nowrap">
      <IconHourglass size={16} aria-hidden />
      <Text size="sm" fw={600}>
        {finished ? t('portal.wasOpenFor', { elapsed }) : t('portal.openFor', { elapsed })}
      </Text>
    </Group>
  );
}

/** Shown while the office waits for the customer to say whether the work is done. */
function ConfirmationBox({ slug, request }: { slug: string; request: PortalRequestDetail }) {
  const { t } = useTranslation('serviceRequests');
  const mutation = useConfirmPortalRequest(slug, request.id);
  const [comment, setComment] = useState('');

  function answer(fixed: boolean) {
    const trimmed = comment.trim();
    mutation.mutate(
      { fixed, ...(trimmed ? { comment: trimmed } : {}) },
      {
        onSuccess: () => {
          setComment('');
          notifySaved(
            fixed ? t('confirmation.resolved') : t('confirmation.reopened'),
            fixed ? t('confirmation.resolvedTitle') : t('confirmation.reopenedTitle'),
          );
        },
      },
    );
  }

  return (
    <Paper
      component="section"
      aria-label={t('confirmation.title')}
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      style={{ background: 'var(--mantine-color-porter-light)', border: '2px solid var(--mantine-color-porter-4)' }}
    >
      <Title order={2} fz="lg" mb={4}>
        {t('confirmation.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('confirmation.text')}
      </Text>
      <Stack gap="sm">
        <FormErrorAlert error={mutation.error} />
        <Textarea
          label={t('confirmation.comment')}
          autosize
          minRows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => { setComment(event.currentTarget.value); }}
        />
        <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <Button
            size="md"
            color="teal.8"
            leftSection={<IconCheck size={18} aria-hidden />}
            loading={mutation.isPending && mutation.variables.fixed}
            disabled={mutation.isPending}
            onClick={() => { answer(true); }}
          >
            {t('confirmation.yes')}
          </Button>
          <Button
            size="md"
            variant="default"
            leftSection={<IconX size={18} aria-hidden />}
            loading={mutation.isPending && !mutation.variables.fixed}
            disabled={mutation.isPending}
            onClick={() => { answer(false); }}
          >
            {t('confirmation.no')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function PortalRequestView({ slug, request, readOnly }: PortalRequestViewProps) {
  const { t } = useTranslation('serviceRequests');
  const reply = useSendPortalMessage(slug, request.id);
  const finished = finishedStatuses.includes(request.status);

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap">
          <Text c="dimmed" ff="monospace" fw={600}>
            {request.reference}
          </Text>
          <RequestStatusBadge status={request.status} audience="portal" size="lg" />
        </Group>
        <Title order={1} fz={{ base: 26, sm: 32 }} style={{ overflowWrap: 'anywhere' }}>
          {request.subject}
        </Title>
        <Text size="sm" c="dimmed">
          {t('portal.sentAt', { location: request.locationName, date: formatDateTime(request.createdAt, request.locationTimeZone) })}
        </Text>
        {request.showElapsedTime ? <ElapsedTime request={request} /> : null}
        {request.visit ? (
          <Group gap={6} wrap="wrap">
            <IconCalendarEvent size={16} aria-hidden />
            <Text size="sm" fw={600}>
              {t('portal.aboutVisit', { service: request.visit.name, when: formatDateTime(request.visit.startsAt, request.visit.timeZone) })}
            </Text>
            <AnchorLink to="/portal/$slug/services" params={{ slug }} size="sm">
              {t('portal.seeServices')}
            </AnchorLink>
          </Group>
        ) : null}
      </Stack>

      <ReadOnlyFieldset readOnly={readOnly}>
        {request.status === 'pending_confirmation' ? <ConfirmationBox slug={slug} request={request} /> : null}
      </ReadOnlyFieldset>

      <Card withBorder radius="lg" padding="lg">
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} mb={request.attachments.length > 0 ? 'md' : 0}>
          {request.text}
        </Text>
        <AttachmentThumbnails attachments={request.attachments} />
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="conversation-title">
        <Title order={2} fz="lg" id="conversation-title">
          {t('conversation.title')}
        </Title>
        <RequestConversation messages={request.messages} audience="portal" zone={request.locationTimeZone} />
      </Stack>

      {finished ? (
        <Text size="sm" c="dimmed">
          {request.status === 'resolved' ? t('portal.finishedResolved') : t('portal.finishedClosed')}
        </Text>
      ) : (
        <Card withBorder radius="lg" padding="lg">
          <Title order={2} fz="lg" mb="sm">
            {t('portal.reply')}
          </Title>
          <ReadOnlyFieldset readOnly={readOnly}>
            <RequestComposer
              mutation={reply}
              upload={(file) => uploadPortalAttachment(slug, request.locationId, file)}
              disabled={readOnly}
            />
          </ReadOnlyFieldset>
        </Card>
      )}
    </Stack>
  );
}
