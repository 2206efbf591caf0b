import { Badge, Box, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconLock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RequestMessage } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { AttachmentThumbnails } from '../../../components/attachment-thumbnails.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { requestStatusLabel } from './request-status-badge.tsx';

interface RequestConversationProps {
  messages: RequestMessage[];
  audience: 'office' | 'portal';
  /** The request's location's zone: each message is timed on its clock. */
  zone: string;
}

function authorLabel(t: TFunction<'serviceRequests'>, message: RequestMessage, audience: 'office' | 'portal'): string {
  if (message.authorKind === 'portal') return audience === 'office' ? t('conversation.fromCustomer', { name: message.authorName }) : message.authorName;
  return message.authorName;
}

function StatusChange({ message, audience }: { message: RequestMessage; audience: 'office' | 'portal' }) {
  const { t } = useTranslation('serviceRequests');
  if (!message.statusTo) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size={20} radius="xl" variant="light" color="gray">
        <IconArrowRight size={12} aria-hidden />
      </ThemeIcon>
      <Text size="sm" fw={600}>
        {t('conversation.statusChange', { status: requestStatusLabel(t, message.statusTo, audience) })}
      </Text>
    </Group>
  );
}

/** A bare status change by the system reads as a line between messages rather than a message of its own. */
function SystemLine({ message, audience, zone }: { message: RequestMessage; audience: 'office' | 'portal'; zone: string }) {
  return (
    <Box component="li" px="sm" py={4}>
      <Group gap="sm" wrap="wrap" justify="center">
        <StatusChange message={message} audience={audience} />
        {message.body ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {message.body}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          <PlaceTime at={message.createdAt} zone={zone} />
        </Text>
      </Group>
    </Box>
  );
}

function MessageCard({ message, audience, zone }: { message: RequestMessage; audience: 'office' | 'portal'; zone: string }) {
  const { t } = useTranslation('serviceRequests');
  const fromCustomer = message.authorKind === 'portal';
  // Mantine's "light" tints and "default" surfaces have a dark-mode value of their own; fixed shades would not.
  const background = message.internal
    ? 'var(--mantine-color-yellow-light)'
    : fromCustomer
      ? 'var(--mantine-color-gray-light)'
      : 'var(--mantine-color-default)';
  const border = message.internal ? 'var(--mantine-color-yellow-5)' : fromCustomer ? 'var(--mantine-color-default-border)' : 'var(--mantine-color-porter-3)';
  return (
    <Paper
      component="li"
      radius="md"
      p="md"
      withBorder
      style={{ background, borderColor: border, borderInlineStartWidth: 4 }}
      data-internal={message.internal || undefined}
    >
      <Group justify="space-between" gap="xs" mb={6} wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={700}>
            {authorLabel(t, message, audience)}
          </Text>
          {message.internal ? (
            <Badge color="yellow" variant="filled" c="dark.9" tt="none" size="sm" leftSection={<IconLock size={12} aria-hidden />}>
              {t('conversation.internalNote')}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          <PlaceTime at={message.createdAt} zone={zone} />
        </Text>
      </Group>
      <Stack gap="xs">
        <StatusChange message={message} audience={audience} />
        {message.body ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {message.body}
          </Text>
        ) : null}
        <AttachmentThumbnails attachments={message.attachments} />
      </Stack>
    </Paper>
  );
}

/** Replies, status updates and (for the office) internal notes, oldest first; nothing here can be edited or deleted. */
export function RequestConversation({ messages, audience, zone }: RequestConversationProps) {
  const { t } = useTranslation('serviceRequests');
  if (messages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('conversation.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('conversation.title')}>
      {messages.map((message) =>
        message.authorKind === 'system' && message.attachments.length === 0 ? (
          <SystemLine key={message.id} message={message} audience={audience} zone={zone} />
        ) : (
          <MessageCard key={message.id} message={message} audience={audience} zone={zone} />
        ),
      )}
    </Stack>
  );
}
