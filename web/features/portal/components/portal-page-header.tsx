import { Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';

const backStyle = { alignItems: 'center', gap: 4, alignSelf: 'flex-start' } as const;

type BackTo = 'home' | 'requests' | 'billing';
const backTargets = { home: '/portal/$slug', requests: '/portal/$slug/requests', billing: '/portal/$slug/billing' } as const;

/** Back to the portal's home, or from a page inside requests or billing to the list it belongs to. */
export function PortalBackLink({ slug, to = 'home' }: { slug: string; to?: BackTo }) {
  const { t } = useTranslation('portal');
  return (
    <AnchorLink to={backTargets[to]} params={{ slug }} size="sm" display="inline-flex" style={backStyle}>
      <IconArrowLeft size={16} aria-hidden />
      {t(`back.${to}`)}
    </AnchorLink>
  );
}

interface PortalPageHeaderProps {
  slug: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: BackTo;
}

export function PortalPageHeader({ slug, title, description, actions, back = 'home' }: PortalPageHeaderProps) {
  return (
    <Stack gap="sm">
      <PortalBackLink slug={slug} to={back} />
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <div style={{ minWidth: 0 }}>
          <Title order={1} fz={{ base: 26, sm: 32 }} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" mt={4}>
              {description}
            </Text>
          ) : null}
        </div>
        {actions}
      </Group>
    </Stack>
  );
}
