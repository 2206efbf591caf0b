import { Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconMessages, IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChatConversation } from '../../../../shared/features/chat/chat.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatAge, formatDateTime } from '../../../lib/format.ts';
import { conversationsPageSize, useConversations } from '../api/get-conversations.ts';

function Preview({ conversation }: { conversation: ChatConversation }) {
  const { t } = useTranslation('chat');
  const last = conversation.lastMessage;
  if (last.removed) return <Text size="sm" fs="italic" c="dimmed">{t('removed')}</Text>;
  return (
    <Group gap={4} wrap="nowrap" miw={0}>
      <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
        {last.senderName}:
      </Text>
      {last.hasPhotos ? <IconPhoto size={16} aria-label={t('office.photoOnly')} style={{ flexShrink: 0 }} /> : null}
      <Text size="sm" c="dimmed" truncate>
        {last.text || (last.hasPhotos ? t('office.photoOnly') : '')}
      </Text>
    </Group>
  );
}

/** The conversations the signed-in person takes part in, unread first, each a link to its thread. */
export function ConversationList({ page, onPageChange }: { page: number; onPageChange: (page: number) => void }) {
  const { t } = useTranslation('chat');
  const list = useConversations(page);
  if (list.isPending) return <Skeleton h={200} radius="md" />;
  if (list.isError) return <LoadErrorAlert error={list.error} title={t('loadFailed')} onRetry={() => void list.refetch()} />;
  if (list.data.total === 0) return <EmptyState icon={<IconMessages size={32} aria-hidden />} title={t('office.emptyList')} />;
  return (
    <Stack gap="xs">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }} aria-label={t('office.title')}>
        {list.data.items.map((conversation) => (
          <li key={conversation.locationId}>
            <Paper withBorder radius="md" p="sm" data-testid="chat-conversation">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} miw={0}>
                  <AnchorLink to="/office/chat/$locationId" params={{ locationId: conversation.locationId }} fw={700}>
                    {conversation.customerName} — {conversation.locationName}
                  </AnchorLink>
                  <Preview conversation={conversation} />
                </Stack>
                <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text size="xs" c="dimmed" title={formatDateTime(conversation.lastMessageAt)}>
                    {formatAge(conversation.lastMessageAt)}
                  </Text>
                  {conversation.unread > 0 ? (
                    <Badge color="red" size="sm" variant="filled">
                      {t('unread', { count: conversation.unread })}
                    </Badge>
                  ) : null}
                </Stack>
              </Group>
            </Paper>
          </li>
        ))}
      </ul>
      <PaginationFooter page={page} pageSize={conversationsPageSize} total={list.data.total} onPageChange={onPageChange} />
    </Stack>
  );
}
