import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingSkyscraper, IconCalendarEvent, IconFileInvoice, IconHome, IconMessage2 } from '@tabler/icons-react';
import type { PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { useSelectedLocation, type PortalLocation } from './use-selected-location.ts';

interface PortalHomeProps {
  slug: string;
  me: PortalMe;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function LocationCard({ location, me }: { location: PortalLocation; me: PortalMe }) {
  const customer = me.customers.find((item) => item.id === location.customerId);
  const Icon = customer?.type === 'residential' ? IconHome : IconBuildingSkyscraper;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <ThemeIcon size={52} radius="md">
          <Icon size={28} aria-hidden />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} fz="xl">
            {location.name}
          </Title>
          <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {location.address}
          </Text>
          {customer && customer.name !== location.name ? (
            <Text size="sm" c="dimmed">
              {customer.name}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}

const comingSoon = [
  { icon: IconMessage2, title: 'Requests', text: 'Ask for an extra clean or report something that needs attention.' },
  { icon: IconCalendarEvent, title: 'Visits', text: 'See when the team is coming and what was done.' },
  { icon: IconFileInvoice, title: 'Invoices', text: 'Download invoices and check what is due.' },
];

function ComingSoon() {
  return (
    <Stack gap="sm">
      <Text fw={600}>Requests, visits and invoices for this location will appear here.</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {comingSoon.map(({ icon: Icon, title, text }) => (
          <Paper key={title} withBorder radius="lg" p="md">
            <Group justify="space-between" mb="xs">
              <ThemeIcon size={36} radius="md" variant="light">
                <Icon size={20} aria-hidden />
              </ThemeIcon>
              <Badge variant="light" color="gray">
                Soon
              </Badge>
            </Group>
            <Text fw={600}>{title}</Text>
            <Text size="sm" c="dimmed">
              {text}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export function PortalHome({ slug, me }: PortalHomeProps) {
  const [location] = useSelectedLocation(slug, me.locations);
  return (
    <Stack gap="xl">
      <Paper
        radius="lg"
        p={{ base: 'lg', sm: 'xl' }}
        style={{
          background: 'linear-gradient(135deg, var(--mantine-color-porter-0), var(--mantine-color-blue-0))',
        }}
      >
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          Welcome, {firstName(me.user.name)}
        </Title>
        <Text c="dimmed" mt={4} mb="lg">
          Here is everything about the places {me.tenant.displayName} looks after for you.
        </Text>
        {location ? (
          <LocationCard location={location} me={me} />
        ) : (
          <Card withBorder radius="lg">
            <EmptyState
              icon={<IconBuildingSkyscraper size={28} />}
              title="No locations yet"
              description={`${me.tenant.displayName} hasn’t linked a location to your account yet.`}
            />
          </Card>
        )}
      </Paper>
      <ComingSoon />
    </Stack>
  );
}
