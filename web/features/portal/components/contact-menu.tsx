import { Box, Button, type ButtonProps } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeferredPopup } from '../../../components/deferred-popup.ts';
import type { PortalBranding } from '../../../../shared/features/auth/portal-auth.contract.ts';

export interface ContactMenuProps {
  branding: PortalBranding;
  companyName: string;
}

const loadPopup = () => import('./contact-menu-popup.tsx');

/** The header's Contact button, the same before and after the menu's code has loaded. */
export function ContactButton(props: ButtonProps & ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation('portal');
  return (
    // On phones only the icon shows, so the name comes from aria-label.
    <Button
      variant="default"
      aria-label={t('layout.contact')}
      leftSection={<IconMessageCircle size={16} aria-hidden />}
      px={{ base: 10, xs: 'md' }}
      styles={{ section: { marginInlineEnd: 0 } }}
      {...props}
    >
      <Box component="span" visibleFrom="xs" ml={6}>
        {t('layout.contact')}
      </Box>
    </Button>
  );
}

/**
 * How to reach the cleaning company; nothing shows when it has given no email, phone or address. The menu's
 * code (Mantine's popups) loads when the customer reaches for the button, not with the page.
 */
export function ContactMenu(props: ContactMenuProps) {
  const [popup, trigger] = useDeferredPopup(loadPopup);
  const { contactEmail, contactPhone, address } = props.branding;
  if (!contactEmail && !contactPhone && !address) return null;
  if (popup) return <popup.ContactMenuPopup {...props} />;
  return <ContactButton aria-haspopup="menu" aria-expanded={false} {...trigger} />;
}
