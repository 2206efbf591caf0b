import { ActionIcon, Alert, Box, Button, CloseButton, FileButton, Group, Image, Paper, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { IconMessageCircleOff, IconPhoto, IconSend, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../shared/features/chat/chat.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useThread } from '../api/get-thread.ts';
import { useMarkRead } from '../api/mark-read.ts';
import type { ChatSide } from '../api/query-keys.ts';
import { useRemoveMessage } from '../api/remove-message.ts';
import { useSendMessage } from '../api/send-message.ts';
import classes from './chat.module.css';

interface ChatConversationProps {
  side: ChatSide;
  locationId: string;
  /** Staff viewing the portal as the customer read only. */
  readOnly?: boolean;
  /** The office may remove a customer's message (after asking). */
  canRemove?: boolean;
}

function Bubble({ message, zone, onRemove }: { message: ChatMessage; zone: string; onRemove?: (message: ChatMessage) => void }) {
  const { t } = useTranslation('chat');
  const who = message.mine ? t('you') : message.senderName;
  return (
    <li className={classes.row} data-mine={message.mine || undefined} data-testid="chat-message">
      <div className={classes.bubble} data-from={message.from} data-mine={message.mine || undefined} data-removed={message.removed || undefined}>
        <Text size="xs" fw={700} className={classes.meta}>
          {who} · <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, zone)}</time>
        </Text>
        {message.removed ? (
          <Group gap={6} wrap="nowrap">
            <IconMessageCircleOff size={16} aria-hidden />
            <Text size="sm" fs="italic">
              {t('removed')}
            </Text>
          </Group>
        ) : (
          <>
            {message.photos.map((photo) => (
              <a key={photo.id} href={photo.url} target="_blank" rel="noreferrer" className={classes.photoLink}>
                <Image src={photo.thumbnailUrl ?? photo.url} alt={t('photo', { name: who })} radius="sm" w={180} h={180} fit="cover" />
              </a>
            ))}
            {message.text ? <Text className={classes.text}>{message.text}</Text> : null}
          </>
        )}
      </div>
      {onRemove && message.from === 'customer' && !message.removed ? (
        <ActionIcon variant="subtle" color="red.8" aria-label={t('office.remove')} title={t('office.remove')} onClick={() => onRemove(message)}>
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      ) : null}
    </li>
  );
}

function Composer({ side, locationId }: { side: ChatSide; locationId: string }) {
  const { t } = useTranslation('chat');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const send = useSendMessage(side, locationId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() && !photo) return;
    send.mutate(
      { text: text.trim(), photo },
      {
        onSuccess: () => {
          setText('');
          setPhoto(null);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className={classes.composer}>
      <Stack gap="xs">
        <FormErrorAlert error={send.error} keepsInput />
        {photo ? (
          <Group gap="xs" wrap="nowrap">
            <IconPhoto size={18} aria-hidden />
            <Text size="sm" truncate>
              {t('composer.photoChosen', { name: photo.name })}
            </Text>
            <CloseButton size="sm" aria-label={t('composer.removePhoto')} onClick={() => setPhoto(null)} />
          </Group>
        ) : null}
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <FileButton onChange={setPhoto} accept="image/jpeg,image/png,image/webp">
            {(props) => (
              <ActionIcon {...props} size="lg" variant="default" aria-label={t('composer.addPhoto')} title={t('composer.addPhoto')}>
                <IconPhoto size={20} aria-hidden />
              </ActionIcon>
            )}
          </FileButton>
          <Textarea
            className={classes.input}
            aria-label={t('composer.label')}
            placeholder={t('composer.placeholder')}
            autosize
            minRows={1}
            maxRows={5}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter sends, as in a text-message app; Shift+Enter starts a new line.
              if (event.key === 'Enter' && !event.shiftKey) submit(event);
            }}
          />
          <Button type="submit" leftSection={<IconSend size={18} aria-hidden />} loading={send.isPending} disabled={!text.trim() && !photo}>
            {t('composer.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A location's conversation as a text-message thread: the newest at the bottom, earlier pages on
 * request. Shown means read: the reader's marker moves whenever new messages arrive while open.
 */
export function ChatConversation({ side, locationId, readOnly = false, canRemove = false }: ChatConversationProps) {
  const { t } = useTranslation('chat');
  const thread = useThread(side, locationId);
  const markRead = useMarkRead(side, locationId);
  const remove = useRemoveMessage();
  const [removing, setRemoving] = useState<ChatMessage | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const pages = thread.data?.pages ?? [];
  const messages = [...pages].reverse().flatMap((page) => page.messages);
  const newestId = messages.at(-1)?.id;
  const unread = pages[0]?.unread ?? 0;
  const zone = pages[0]?.location.timeZone ?? 'UTC';

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [newestId]);
  const { mutate: read } = markRead;
  useEffect(() => {
    if (unread > 0 && !readOnly) read();
  }, [unread, newestId, readOnly, read]);

  if (thread.isPending) return <Skeleton h={240} radius="md" />;
  if (thread.isError) return <LoadErrorAlert error={thread.error} title={t('loadFailed')} onRetry={() => void thread.refetch()} />;
  return (
    <Paper withBorder radius="md" className={classes.panel}>
      <Box className={classes.scroller}>
        {thread.hasNextPage ? (
          <Group justify="center" p="xs">
            <Button variant="subtle" size="xs" onClick={() => void thread.fetchNextPage()} loading={thread.isFetchingNextPage}>
              {t('older')}
            </Button>
          </Group>
        ) : null}
        {messages.length === 0 ? (
          <Text c="dimmed" ta="center" p="lg">
            {t('empty')}
          </Text>
        ) : (
          <ul className={classes.list} aria-label={t('thread')} aria-live="polite">
            {messages.map((message) => (
              <Bubble key={message.id} message={message} zone={zone} onRemove={canRemove ? setRemoving : undefined} />
            ))}
          </ul>
        )}
        <div ref={endRef} />
      </Box>
      {readOnly ? (
        <Alert variant="light" m="sm">
          {t('composer.readOnly')}
        </Alert>
      ) : (
        <Composer side={side} locationId={locationId} />
      )}
      {canRemove ? (
        <ConfirmModal
          opened={removing !== null}
          onClose={() => setRemoving(null)}
          title={t('office.removeTitle')}
          confirmLabel={t('office.removeConfirm')}
          danger
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() => {
            if (removing) remove.mutate(removing.id, { onSuccess: () => setRemoving(null) });
          }}
        >
          {t('office.removeText')}
        </ConfirmModal>
      ) : null}
    </Paper>
  );
}
