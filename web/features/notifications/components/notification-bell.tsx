import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffNotificationList } from '../../../../shared/features/notifications/notifications.contract.ts';
import { formatAge } from '../../../lib/format.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { useMarkNotificationsRead } from '../api/mark-notifications-read.ts';

type StaffNotification = StaffNotificationList['items'][number];

function bellLabel(unread: number, t: TFunction<'notifications'>): string {
  if (unread === 0) return t('bell');
  return t('bellUnread', { count: unread });
}

/** The header's bell: how many notifications are unread, and the latest ones, each opening what it is about. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const query = useNotifications();
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  function open(item: StaffNotification) {
    setOpened(false);
    if (!item.readAt) markRead.mutate([item.id]);
    void navigate({ href: item.link });
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" withinPortal>
      {/* The target is the button itself, so the popover's aria-expanded lands on what is pressed. */}
      <Indicator label={unread > 99 ? t('manyUnread') : unread} size={18} color="red" disabled={unread === 0} offset={6} inline>
        <Popover.Target>
          <ActionIcon variant="subtle" color="dark" size="lg" aria-label={bellLabel(unread, t)} onClick={() => { setOpened((value) => !value); }}>
            <IconBell size={22} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Text fw={700}>{t('title')}</Text>
          {unread > 0 ? (
            <Button size="compact-sm" variant="subtle" loading={markRead.isPending} onClick={() => { markRead.mutate(undefined); }}>
              {t('markAllRead')}
            </Button>
          ) : null}
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" p="lg">
            {t('empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('listLabel')}>
              {items.map((item) => (
                <li key={item.id}>
                  <UnstyledButton
                    component="a"
                    href={item.link}
                    w="100%"
                    px="md"
                    py="sm"
                    style={{
                      display: 'block',
                      background: item.readAt ? undefined : 'var(--mantine-color-porter-light)',
                      borderBottom: '1px solid var(--mantine-color-gray-2)',
                    }}
                    onClick={(event) => {
                      event.preventDefault();
                      open(item);
                    }}
                  >
                    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                      <Text size="sm" fw={item.readAt ? 400 : 700} style={{ overflowWrap: 'anywhere' }}>
                        {item.title}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                        {formatAge(item.createdAt)}
                      </Text>
                    </Group>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
