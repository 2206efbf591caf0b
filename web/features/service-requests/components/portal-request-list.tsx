import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PortalRequestList } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { formatDate } from '../../../lib/format.ts';
import classes from './portal-request-list.module.css';
import { RequestStatusBadge } from './request-status-badge.tsx';

type PortalRequestItem = NonNullable<PortalRequestList['open']>[number];

/** Rows of requests, each a link to its page (so it opens in a new tab too); big enough to tap on a phone. */
export function PortalRequestRows({ slug, items }: { slug: string; items: PortalRequestItem[] }) {
  const { t } = useTranslation('serviceRequests');
  return (
    <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }}>
      <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <li key={item.id} className={classes.item}>
            <Link to="/portal/$slug/requests/$requestId" params={{ slug, requestId: item.id }} className={classes.row}>
              <Group justify="space-between" gap="sm" wrap="nowrap">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" c="dimmed" ff="monospace">
                      {item.reference}
                    </Text>
                    <RequestStatusBadge status={item.status} audience="portal" size="sm" />
                  </Group>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {item.subject}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('portal.sent', { date: formatDate(item.createdAt, item.locationTimeZone) })}
                  </Text>
                </Stack>
                <IconChevronRight size={20} aria-hidden style={{ flexShrink: 0, color: 'var(--mantine-color-gray-6)' }} />
              </Group>
            </Link>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

function Section({ slug, title, items, empty }: { slug: string; title: string; items: PortalRequestItem[]; empty: string }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} fz="lg">
        {title}
      </Title>
      {items.length === 0 ? (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            {empty}
          </Text>
        </Paper>
      ) : (
        <PortalRequestRows slug={slug} items={items} />
      )}
    </Stack>
  );
}

/** Open requests first, then finished ones; a list the company chose not to show is left out. */
export function PortalRequestLists({ slug, list }: { slug: string; list: PortalRequestList }) {
  const { t } = useTranslation('serviceRequests');
  return (
    <Stack gap="xl">
      {list.open ? <Section slug={slug} title={t('portal.openRequests')} items={list.open} empty={t('portal.noOpen')} /> : null}
      {list.closed ? <Section slug={slug} title={t('portal.closedRequests')} items={list.closed} empty={t('portal.noClosed')} /> : null}
    </Stack>
  );
}
