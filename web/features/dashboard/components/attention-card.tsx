import { Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconChevronRight,
  IconCircleCheck,
  IconClockExclamation,
  IconMailExclamation,
  IconMessage2,
  IconMoodSad,
  IconPackage,
  type Icon,
} from '@tabler/icons-react';
import type { LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  lowRatingAtMost,
  lowRatingWithinDays,
  overdueAfterDays,
  type DashboardAttention,
} from '../../../../shared/features/dashboard/dashboard.contract.ts';
import { NavLinkLink } from '../../../components/router-links.tsx';
import { formatNumber } from '../../../lib/format.ts';

type AttentionKey = keyof DashboardAttention;

interface AttentionItem {
  icon: Icon;
  color: string;
  /** The list filtered to exactly the items counted, so the number on the dashboard is the number of rows there. */
  link: Pick<LinkProps, 'to' | 'search'>;
}

const items: Record<AttentionKey, AttentionItem> = {
  newRequests: { icon: IconMessage2, color: 'blue', link: { to: '/office/requests', search: { status: 'new' } } },
  overdueRequests: { icon: IconClockExclamation, color: 'orange', link: { to: '/office/requests', search: { olderThanDays: overdueAfterDays } } },
  newSupplyOrders: { icon: IconPackage, color: 'grape', link: { to: '/office/supplies', search: { status: 'submitted' } } },
  lowRatings: { icon: IconMoodSad, color: 'red', link: { to: '/office/feedback', search: { maxRating: lowRatingAtMost, withinDays: lowRatingWithinDays } } },
  failingEmails: { icon: IconMailExclamation, color: 'red', link: { to: '/office/settings/outbox', search: { filter: 'failing' } } },
};

const order: AttentionKey[] = ['newRequests', 'overdueRequests', 'newSupplyOrders', 'lowRatings', 'failingEmails'];

function Frame({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  const { t } = useTranslation('dashboard');
  return (
    <Card withBorder radius="lg" padding="lg" shadow="xs" component="section" aria-labelledby="attention-title" aria-busy={busy}>
      <Title order={2} fz="lg" mb="sm" id="attention-title">
        {t('attention.title')}
      </Title>
      {children}
    </Card>
  );
}

/**
 * What needs someone now, each a link to the list of exactly those items. While the figures load it shows placeholders,
 * never "all caught up": that is said only once every count the person may see has come back as zero.
 */
export function AttentionCard({ attention }: { attention: DashboardAttention | undefined }) {
  const { t } = useTranslation(['dashboard', 'app']);

  if (!attention) {
    return (
      <Frame busy>
        <Stack gap="sm" role="status" aria-label={t('app:loading')}>
          <Skeleton height={40} radius="md" />
          <Skeleton height={40} radius="md" />
        </Stack>
      </Frame>
    );
  }

  // A role that may open none of these lists has nothing to be told here.
  const permitted = order.filter((key) => attention[key] !== null);
  if (permitted.length === 0) return null;
  const waiting = permitted.filter((key) => (attention[key] ?? 0) > 0);

  if (waiting.length === 0) {
    return (
      <Frame>
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={36} radius="xl" color="teal" variant="light" aria-hidden>
            <IconCircleCheck size={22} />
          </ThemeIcon>
          <div>
            <Text fw={600}>{t('attention.caughtUp')}</Text>
            <Text size="sm" c="dimmed">
              {t('attention.caughtUpHint')}
            </Text>
          </div>
        </Group>
      </Frame>
    );
  }

  return (
    <Frame>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {waiting.map((key) => {
          const item = items[key];
          const count = attention[key] ?? 0;
          const Icon = item.icon;
          return (
            <li key={key}>
              <NavLinkLink
                {...item.link}
                label={
                  <Text fw={600} span>
                    {t(`attention.items.${key}`, { count, number: formatNumber(count), days: key === 'lowRatings' ? lowRatingWithinDays : overdueAfterDays })}
                  </Text>
                }
                leftSection={
                  <ThemeIcon size={32} radius="md" variant="light" color={item.color} aria-hidden>
                    <Icon size={18} />
                  </ThemeIcon>
                }
                rightSection={<IconChevronRight size={18} aria-hidden />}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                data-attention={key}
              />
            </li>
          );
        })}
      </Stack>
    </Frame>
  );
}
