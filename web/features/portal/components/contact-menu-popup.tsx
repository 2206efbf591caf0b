import { Menu, Text } from '@mantine/core';
import { IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import { useOpenedOnArrival } from '../../../components/deferred-popup.ts';
import { mapSearchUrl } from '../../../lib/map-link.ts';
import { ContactButton, type ContactMenuProps } from './contact-menu.tsx';

/** The contact menu itself, loaded when the customer first chooses Contact (`contact-menu.tsx`). */
export function ContactMenuPopup({ branding, companyName }: ContactMenuProps) {
  const { contactEmail, contactPhone, address } = branding;
  const [target, opened, setOpened] = useOpenedOnArrival<HTMLButtonElement>();
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <ContactButton ref={target} />
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
