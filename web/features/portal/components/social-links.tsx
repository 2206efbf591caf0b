import { ActionIcon, Group } from '@mantine/core';
import {
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandX,
  IconBrandYoutube,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HoverHint } from '../../../components/hover-hint.tsx';
import type { PortalBranding } from '../../../../shared/features/auth/portal-auth.contract.ts';
import type { SocialNetwork } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';

/** Each network's icon; its name is `portal:social.<network>`. */
const networkIcons: Record<SocialNetwork, Icon> = {
  website: IconWorld,
  facebook: IconBrandFacebook,
  instagram: IconBrandInstagram,
  linkedin: IconBrandLinkedin,
  x: IconBrandX,
  youtube: IconBrandYoutube,
};

export function SocialLinks({ links, companyName }: { links: PortalBranding['socialLinks']; companyName: string }) {
  const { t } = useTranslation('portal');
  if (links.length === 0) return null;
  return (
    <Group gap={4} justify="center" component="nav" aria-label={t('layout.online', { company: companyName })}>
      {links.map(({ network, url }) => {
        const NetworkIcon = networkIcons[network];
        const label = t(`social.${network}`);
        return (
          <HoverHint key={network} label={label}>
            <ActionIcon component="a" href={url} target="_blank" rel="noopener noreferrer" variant="subtle" color="gray" size="lg" aria-label={label}>
              <NetworkIcon size={20} aria-hidden />
            </ActionIcon>
          </HoverHint>
        );
      })}
    </Group>
  );
}
