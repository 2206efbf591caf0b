import { Badge, Card, CopyButton, Group, List, Button, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { OfficeDashboard } from '../../../../shared/features/dashboard/dashboard.contract.ts';
import { AnchorLink } from '../../../components/router-links.tsx';

interface GettingStartedCardProps {
  data: OfficeDashboard | undefined;
  portalSlug: string;
}

function StepIcon({ done }: { done: boolean }) {
  return done ? (
    <ThemeIcon size={26} radius="xl" color="teal" role="img" aria-label="Done">
      <IconCheck size={16} />
    </ThemeIcon>
  ) : (
    <ThemeIcon size={26} radius="xl" variant="light" color="gray" role="img" aria-label="To do">
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
  const portalUrl = `${window.location.origin}/portal/${portalSlug}`;
  const waiting = data?.outboxWaiting ?? 0;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="xs">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg">
          Getting started
        </Title>
        <Badge variant="light">A few minutes</Badge>
      </Group>
      <List spacing="md" center={false}>
        <Step done title="Create your company">
          Porter is set up and you are signed in as its owner.
        </Step>
        <Step done={(data?.customers ?? 0) > 0} title="Add your customers">
          Offices, shops and households you clean. See them under{' '}
          <AnchorLink to="/office/customers" inherit>
            Customers
          </AnchorLink>
          .
        </Step>
        <Step done={(data?.locations ?? 0) > 0} title="Add their locations">
          Each site or home, with its address, under{' '}
          <AnchorLink to="/office/locations" inherit>
            Locations
          </AnchorLink>
          .
        </Step>
        <Step done={(data?.portalUsers ?? 0) > 0} title="Invite customers to the portal">
          Customers sign in at <Text span inherit fw={600} c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>{portalUrl}</Text>{' '}
          <CopyButton value={portalUrl}>
            {({ copied, copy }) => (
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={copy}
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              >
                {copied ? 'Copied' : 'Copy address'}
              </Button>
            )}
          </CopyButton>
        </Step>
        <Step done={waiting === 0} title="Check outgoing email">
          {waiting === 0 ? 'No emails are waiting.' : `${String(waiting)} ${waiting === 1 ? 'email is' : 'emails are'} waiting.`}{' '}
          <AnchorLink to="/office/settings/outbox" inherit>
            Open the outbox
          </AnchorLink>
        </Step>
      </List>
    </Card>
  );
}
