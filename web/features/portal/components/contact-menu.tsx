import { Box, Button, Menu, Text } from '@mantine/core';
import { IconMail, IconMapPin, IconMessageCircle, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mapSearchUrl } from '../../../lib/map-link.ts';
import type { PortalBranding } from '../../../../shared/features/auth/portal-auth.contract.ts';

interface ContactMenuProps {
  branding: PortalBranding;
  companyName: string;
}

/** How to reach the cleaning company; nothing shows when it has given no email, phone or address. */
export function ContactMenu({ branding, companyName }: ContactMenuProps) {
  const { t } = useTranslation('portal');
  const { contactEmail, contactPhone, address } = branding;
  if (!contactEmail && !contactPhone && !address) return null;
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        {/* On phones only the icon shows, so the name comes from aria-label. */}
        <Button
          variant="default"
          aria-label={t('layout.contact')}
          leftSection={<IconMessageCircle size={16} aria-hidden />}
          px={{ base: 10, xs: 'md' }}
          styles={{ section: { marginInlineEnd: 0 } }}
        >
          <Box component="span" visibleFrom="xs" ml={6}>
            {t('layout.contact')}
          </Box>
        </Button>
      </Menu.Target>
      {/* A menu may hold only its items, so the company's name labels it instead of heading it. */}
      <Menu.Dropdown aria-label={companyName}>
        {contactEmail ? (
          <Menu.Item component="a" href={`mailto:${contactEmail}`} leftSection={<IconMail size={18} aria-hidden />}>
            {contactEmail}
          </Menu.Item>
        ) : null}
        {contactPhone ? (
          <Menu.Item component="a" href={`tel:${contactPhone.replace(/[^\d+]/g, '')}`} leftSection={<IconPhone size={18} aria-hidden />}>
            {contactPhone}
          </Menu.Item>
        ) : null}
        {address ? (
          <Menu.Item component="a" href={mapSearchUrl(address)} target="_blank" rel="noopener noreferrer" leftSection={<IconMapPin size={18} aria-hidden />}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {address}
            </Text>
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
