import { Alert, Stack } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Shown when the reset page is opened without the token from the email, e.g. a link cut short by a mail app. */
export function MissingTokenAlert({ requestLink }: { requestLink: ReactNode }) {
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={<IconLinkOff size={20} />} title="This link is incomplete">
        Open the link from the email again, or ask for a new one.
      </Alert>
      {requestLink}
    </Stack>
  );
}
