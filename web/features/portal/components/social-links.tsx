import { ActionIcon, Group, Tooltip } from '@mantine/core';
import {
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandX,
  IconBrandYoutube,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import type { PortalBranding } from '../../../../shared/features/auth/portal-auth.contract.ts';
import type { SocialNetwork } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';

const networks: Record<SocialNetwork, { label: string; icon: Icon }> = {
  website: { label: 'Website', icon: IconWorld },
  facebook: { label: 'Facebook', icon: IconBrandFacebook },
  instagram: { label: 'Instagram', icon: IconBrandInstagram },
  linkedin: { label: 'LinkedIn', icon: IconBrandLinkedin },
  x: { label: 'X', icon: IconBrandX },
  youtube: { label: 'YouTube', icon: IconBrandYoutube },
};

export function SocialLinks({ links, companyName }: { links: PortalBranding['socialLinks']; companyName: string }) {
  if (links.length === 0) return null;
  return (
    <Group gap={4} justify="center" component="nav" aria-label={`${companyName} online`}>
      {links.map(({ network, url }) => {
        const { label, icon: NetworkIcon } = networks[network];
        return (
          <Tooltip key={network} label={label}>
            <ActionIcon component="a" href={url} target="_blank" rel="noopener noreferrer" variant="subtle" color="gray" size="lg" aria-label={label}>
              <NetworkIcon size={20} aria-hidden />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}
