import { Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';

const backStyle = { alignItems: 'center', gap: 4, alignSelf: 'flex-start' } as const;

/** Back to the portal's home, or from one request to the list of them. */
export function PortalBackLink({ slug, to = 'home' }: { slug: string; to?: 'home' | 'requests' }) {
  const { t } = useTranslation('portal');
  if (to === 'requests') {
    return (
      <AnchorLink to="/portal/$slug/requests" params={{ slug }} size="sm" display="inline-flex" style={backStyle}>
        <IconArrowLeft size={16} aria-hidden />
        {t('back.requests')}
      </AnchorLink>
    );
  }
  return (
    <AnchorLink to="/portal/$slug" params={{ slug }} size="sm" display="inline-flex" style={backStyle}>
      <IconArrowLeft size={16} aria-hidden />
      {t('back.home')}
    </AnchorLink>
  );
}

interface PortalPageHeaderProps {
  slug: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  back?: 'home' | 'requests';
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
