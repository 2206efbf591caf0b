import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PortalRequestList, PortalRequestListKind } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePortalRequests } from '../api/get-portal-requests.ts';
import classes from './portal-request-list.module.css';
import { RequestStatusBadge } from './request-status-badge.tsx';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';

type PortalRequestItem = NonNullable<PortalRequestList['items']>[number];

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

/** One list, a page at a time: Show more reads the page after the last row shown. Left out when the company hides it. */
function Section({ slug, locationId, list, title, empty }: { slug: string; locationId: string; list: PortalRequestListKind; title: string; empty: string }) {
  const query = usePortalRequests(slug, locationId, list);
  const pages = query.data?.pages;
  if (pages && pages[0]?.items === null) return null;
  const items = pages?.flatMap((page) => page.items ?? []);
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} fz="lg">
        {title}
      </Title>
      {!items ? <Skeleton height={72} radius="lg" /> : null}
      {items && items.length === 0 ? (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            {empty}
          </Text>
        </Paper>
      ) : null}
      {items && items.length > 0 ? <PortalRequestRows slug={slug} items={items} /> : null}
      <ShowMoreButton query={query} />
    </Stack>
  );
}

/** Open requests first, then finished ones; a list the company chose not to show is left out. */
export function PortalRequestLists({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('serviceRequests');
  return (
    <Stack gap="xl">
      <Section slug={slug} locationId={locationId} list="open" title={t('portal.openRequests')} empty={t('portal.noOpen')} />
      <Section slug={slug} locationId={locationId} list="closed" title={t('portal.closedRequests')} empty={t('portal.noClosed')} />
    </Stack>
  );
}
