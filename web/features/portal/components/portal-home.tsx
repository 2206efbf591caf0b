import { Badge, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingSkyscraper, IconChevronRight, IconFileInvoice, IconHome, IconMessages, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalLocation, PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import type { PortalFeature } from '../../../../shared/features/locations/locations.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import classes from './portal-home.module.css';
import { chatPage, enabledFeatures, featureIcons, featurePages, whatWeCleanIcon, whatWeCleanPage, type PortalPage, homeCardFeatures } from './portal-features.ts';
import { useSelectedLocation } from './use-selected-location.ts';

interface PortalHomeProps {
  slug: string;
  me: PortalMe;
  /** Shown under the location, e.g. its open requests; other parts of the portal hand these in. */
  children?: ReactNode;
  /** The main thing to do here (asking for something), beside the greeting. */
  action?: ReactNode;
  /** Unread chat messages at the selected location. */
  chatUnread?: number;
}

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

interface TileProps {
  slug: string;
  icon: Icon;
  label: string;
  text: string;
  /** Where it leads; a feature not built yet has nowhere to go. */
  to: PortalPage | '/portal/$slug/billing' | typeof chatPage | undefined;
  /** Unread messages, as a red badge. */
  count?: number;
}

/** A feature or page at this location; built ones link to their page, and the whole tile is the link's target. */
function Tile({ slug, icon: TileIcon, label, text, to, count = 0 }: TileProps) {
  const { t } = useTranslation(['portal', 'chat']);
  return (
    <Card component="article" withBorder radius="lg" padding="md" shadow="xs" className={to ? classes.linkedTile : undefined}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <ThemeIcon size={38} radius="md" variant="light">
          <TileIcon size={22} aria-hidden />
        </ThemeIcon>
        {to ? (
          <Group gap="xs" wrap="nowrap">
            {count > 0 ? (
              <Badge color="red" variant="filled">
                {t('chat:unread', { count })}
              </Badge>
            ) : null}
            <IconChevronRight size={20} aria-hidden style={{ color: 'var(--mantine-color-gray-6)' }} />
          </Group>
        ) : (
          <Badge variant="light" color="gray" tt="none">
            {t('home.comingSoon')}
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

function FeatureTile({ slug, feature, to }: { slug: string; feature: PortalFeature; to: PortalPage | undefined }) {
  const { t } = useTranslation('portal');
  return <Tile slug={slug} icon={featureIcons[feature]} label={t(`features.${feature}.label`)} text={t(`features.${feature}.text`)} to={to} />;
}

function FeatureTiles({ slug, location, billing, chatUnread }: { slug: string; location: PortalLocation; billing: boolean; chatUnread: number }) {
  const { t } = useTranslation(['portal', 'whatWeClean', 'portalBilling', 'chat']);
  const enabled = enabledFeatures(location);
  const billingTile = billing ? <Tile slug={slug} icon={IconFileInvoice} label={t('portalBilling:title')} text={t('portalBilling:tileText')} to="/portal/$slug/billing" /> : null;
  // Every location has its chat, whatever is switched on.
  const chatTile = <Tile slug={slug} icon={IconMessages} label={t('chat:title')} text={t('chat:tileText')} to={chatPage} count={chatUnread} />;
  if (enabled.length === 0 && !location.hasCleaningPlan && !billing) {
    return (
      <Stack gap="md">
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            {t('home.nothingSwitchedOn')}
          </Text>
        </Paper>
        <SimpleGrid component="section" aria-label={t('home.features')} cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          {chatTile}
        </SimpleGrid>
      </Stack>
    );
  }
  const tiles = enabled.filter((feature) => !homeCardFeatures.includes(feature));
  return (
    <SimpleGrid component="section" aria-label={t('home.features')} cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
      {chatTile}
      {tiles.map((feature) => (
        <FeatureTile key={feature} slug={slug} feature={feature} to={featurePages[feature]} />
      ))}
      {location.hasCleaningPlan ? <Tile slug={slug} icon={whatWeCleanIcon} label={t('whatWeClean:title')} text={t('whatWeClean:tileText')} to={whatWeCleanPage} /> : null}
      {billingTile}
    </SimpleGrid>
  );
}

export function PortalHome({ slug, me, children, action, chatUnread = 0 }: PortalHomeProps) {
  const { t } = useTranslation('portal');
  const [location] = useSelectedLocation(slug, me.locations);
  const company = me.company.displayName;
  return (
    <Stack gap="xl">
      <Paper radius="lg" p={{ base: 'lg', sm: 'xl' }} className={classes.hero}>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('home.welcome', { name: firstName(me.user.name) })}
        </Title>
        <Text c="dimmed" mt={4} mb="lg">
          {t('home.intro', { company })}
        </Text>
        {action ? <Group mb="lg">{action}</Group> : null}
        {location ? (
          <LocationCard location={location} me={me} />
        ) : (
          <Card withBorder radius="lg">
            <EmptyState
              icon={<IconBuildingSkyscraper size={28} />}
              title={t('home.noLocationsTitle')}
              description={t('home.noLocationsText', { company })}
            />
          </Card>
        )}
      </Paper>
      {children}
      {location ? (
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('home.atLocation', { location: location.name })}
          </Title>
          <FeatureTiles slug={slug} location={location} billing={me.customers.some((customer) => customer.id === location.customerId && customer.isBillingContact)} chatUnread={chatUnread} />
        </Stack>
      ) : null}
    </Stack>
  );
}
