import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalRequests } from '../api/get-portal-requests.ts';
import { PortalRequestRows } from './portal-request-list.tsx';

const shown = 3;

/** A glance at what is still open at this location, on the portal's home page. */
export function OpenRequestsPanel({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('serviceRequests');
  const query = usePortalRequests(slug, locationId);
  if (query.isError) return null;
  const open = query.data?.pages[0]?.items;
  // The company hides open requests from customers; the feature tile still leads to the rest.
  if (query.data && open === null) return null;

  return (
    <Stack gap="sm" component="section" aria-label={t('portal.openRequests')}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} fz="lg">
          {t('portal.openRequests')}
        </Title>
        <AnchorLink to="/portal/$slug/requests" params={{ slug }} fw={600}>
          {t('portal.seeAll')}
        </AnchorLink>
      </Group>
      {!open ? <Skeleton height={72} radius="lg" /> : null}
      {open && open.length > 0 ? <PortalRequestRows slug={slug} items={open.slice(0, shown)} /> : null}
      {open && open.length === 0 ? (
        <Paper withBorder radius="lg" p="lg">
          {/* The home page's own New request button is above. */}
          <Text c="dimmed">{t('portal.nothingOpen')}</Text>
        </Paper>
      ) : null}
    </Stack>
  );
}
