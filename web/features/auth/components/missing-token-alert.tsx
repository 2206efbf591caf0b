import { Alert, Stack } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown when the reset page is opened without the token from the email, e.g. a link cut short by a mail app. */
export function MissingTokenAlert({ requestLink }: { requestLink: ReactNode }) {
  const { t } = useTranslation('auth');
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconLinkOff size={20} />} title={t('missingToken.title')}>
        {t('missingToken.text')}
      </Alert>
      {requestLink}
    </Stack>
  );
}
