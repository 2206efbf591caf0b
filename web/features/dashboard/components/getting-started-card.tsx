import { Badge, Card, CopyButton, Group, List, Button, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { OfficeDashboard } from '../../../../shared/features/dashboard/dashboard.contract.ts';
import { AnchorLink } from '../../../components/router-links.tsx';

interface GettingStartedCardProps {
  data: OfficeDashboard;
  portalSlug: string;
}

function StepIcon({ done }: { done: boolean }) {
  const { t } = useTranslation('dashboard');
  return done ? (
    <ThemeIcon size={26} radius="xl" color="teal" role="img" aria-label={t('gettingStarted.done')}>
      <IconCheck size={16} />
    </ThemeIcon>
  ) : (
    <ThemeIcon size={26} radius="xl" variant="light" color="gray" role="img" aria-label={t('gettingStarted.toDo')}>
      <IconCircleDashed size={16} />
    </ThemeIcon>
  );
}

function Step({ done, title, children }: { done: boolean; title: string; children: ReactNode }) {
  return (
    <List.Item icon={<StepIcon done={done} />}>
      <Text fw={600}>{title}</Text>
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </List.Item>
  );
}

export function GettingStartedCard({ data, portalSlug }: GettingStartedCardProps) {
  const { t } = useTranslation('dashboard');
  const portalUrl = `${window.location.origin}/portal/${portalSlug}`;
  const waiting = data.outboxWaiting;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="xs">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg">
          {t('gettingStarted.title')}
        </Title>
        <Badge variant="light">{t('gettingStarted.duration')}</Badge>
      </Group>
      <List spacing="md" center={false}>
        <Step done title={t('gettingStarted.company.title')}>
          {t('gettingStarted.company.body')}
        </Step>
        <Step done={data.customers > 0} title={t('gettingStarted.customers.title')}>
          <Trans t={t} i18nKey="gettingStarted.customers.body" components={{ a: <AnchorLink to="/office/customers" inherit /> }} />
        </Step>
        <Step done={data.locations > 0} title={t('gettingStarted.locations.title')}>
          <Trans t={t} i18nKey="gettingStarted.locations.body" components={{ a: <AnchorLink to="/office/locations" inherit /> }} />
        </Step>
        <Step done={data.portalUsers > 0} title={t('gettingStarted.portal.title')}>
          <Trans
            t={t}
            i18nKey="gettingStarted.portal.body"
            values={{ url: portalUrl }}
            components={{ address: <Text span inherit fw={600} c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }} /> }}
          />{' '}
          <CopyButton value={portalUrl}>
            {({ copied, copy }) => (
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={copy}
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              >
                {copied ? t('gettingStarted.portal.copied') : t('gettingStarted.portal.copyAddress')}
              </Button>
            )}
          </CopyButton>
        </Step>
        <Step done={waiting === 0} title={t('gettingStarted.email.title')}>
          {waiting === 0 ? t('gettingStarted.email.noneWaiting') : t('gettingStarted.email.waiting', { count: waiting })}{' '}
          <AnchorLink to="/office/settings/outbox" inherit>
            {t('gettingStarted.email.openOutbox')}
          </AnchorLink>
        </Step>
      </List>
    </Card>
  );
}
