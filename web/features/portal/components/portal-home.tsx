import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuildingSkyscraper,
  IconChevronRight,
  IconClipboardCheck,
  IconFolder,
  IconHome,
  IconHourglass,
  IconMessage2,
  IconMoodSmile,
  IconPackage,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalLocation, PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import {
  portalFeatures,
  type PortalFeature,
} from '../../../../shared/features/locations/locations.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import classes from './portal-home.module.css';
import { useSelectedLocation } from './use-selected-location.ts';

interface PortalHomeProps {
  slug: string;
  me: PortalMe;
  /** Shown under the location, e.g. its open requests; other parts of the portal hand these in. */
  children?: ReactNode;
}

/** What each feature offers, in the customer's words rather than the office's. */
const featureTiles: Record<PortalFeature, { icon: Icon; text: string }> = {
  serviceRequests: { icon: IconMessage2, text: 'Ask for extra services, with photos.' },
  elapsedTime: { icon: IconHourglass, text: 'See how long each of your requests has been open.' },
  supplyRequests: { icon: IconPackage, text: 'Order supplies such as paper towels and soap.' },
  feedback: { icon: IconMoodSmile, text: 'Tell us how we are doing, with a rating and a note.' },
  qualityChecks: { icon: IconClipboardCheck, text: 'See inspection reports with scores, comments and photos.' },
  whosWorking: { icon: IconUsers, text: 'See who from the team is at your location right now.' },
  fileStorage: { icon: IconFolder, text: 'Open the files shared with you: images, documents and videos.' },
};

type FeaturePage = '/portal/$slug/requests' | '/portal/$slug/supplies' | '/portal/$slug/feedback';

/** Where each built feature's tile leads; the rest are still to come. */
const featurePages: Partial<Record<PortalFeature, FeaturePage>> = {
  serviceRequests: '/portal/$slug/requests',
  elapsedTime: '/portal/$slug/requests',
  supplyRequests: '/portal/$slug/supplies',
  feedback: '/portal/$slug/feedback',
};

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function LocationCard({ location, me }: { location: PortalLocation; me: PortalMe }) {
  const customer = me.customers.find((item) => item.id === location.customerId);
  const LocationIcon = customer?.type === 'residential' ? IconHome : IconBuildingSkyscraper;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <ThemeIcon size={52} radius="md">
          <LocationIcon size={28} aria-hidden />
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

/** A feature at this location; built ones link to their page, and the whole tile is the link's target. */
function FeatureTile({ slug, feature, to }: { slug: string; feature: PortalFeature; to: FeaturePage | undefined }) {
  const { icon: FeatureIcon, text } = featureTiles[feature];
  // Bridge: the feature names moved from the contract to the office's `locations` catalogue (English only).
  // The portal's own translated names belong in the `portal` namespace.
  const { t } = useTranslation('locations');
  const label = t(`portalFeatures.${feature}.label`);
  return (
    <Card component="article" withBorder radius="lg" padding="md" shadow="xs" className={to ? classes.linkedTile : undefined}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <ThemeIcon size={38} radius="md" variant="light">
          <FeatureIcon size={22} aria-hidden />
        </ThemeIcon>
        {to ? (
          <IconChevronRight size={20} aria-hidden style={{ color: 'var(--mantine-color-gray-6)' }} />
        ) : (
          <Badge variant="light" color="gray" tt="none">
            Coming soon
          </Badge>
        )}
      </Group>
      <Title order={3} fz="md">
        {to ? (
          <AnchorLink to={to} params={{ slug }} c="inherit" fw={700} underline="never" className={classes.tileLink}>
            {label}
          </AnchorLink>
        ) : (
          label
        )}
      </Title>
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </Card>
  );
}

function FeatureTiles({ slug, location }: { slug: string; location: PortalLocation }) {
  const enabled = portalFeatures.filter((feature) => location.features[feature]);
  if (enabled.length === 0) {
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text c="dimmed" ta="center">
          Nothing is switched on for this location yet.
        </Text>
      </Paper>
    );
  }
  return (
    <SimpleGrid component="section" aria-label="Features at this location" cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
      {enabled.map((feature) => (
        <FeatureTile key={feature} slug={slug} feature={feature} to={featurePages[feature]} />
      ))}
    </SimpleGrid>
  );
}

export function PortalHome({ slug, me, children }: PortalHomeProps) {
  const [location] = useSelectedLocation(slug, me.locations);
  return (
    <Stack gap="xl">
      <Paper
        radius="lg"
        p={{ base: 'lg', sm: 'xl' }}
        style={{ background: 'linear-gradient(135deg, var(--mantine-color-porter-0), var(--mantine-color-gray-0))' }}
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
              description={`No locations are available in the portal yet. Contact ${me.tenant.displayName}.`}
            />
          </Card>
        )}
      </Paper>
      {children}
      {location ? (
        <Stack gap="sm">
          <Title order={2} fz="lg">
            At {location.name}
          </Title>
          <FeatureTiles slug={slug} location={location} />
        </Stack>
      ) : null}
    </Stack>
  );
}
