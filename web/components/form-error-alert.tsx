import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { errorMessage } from '../lib/error-message.ts';

/** The server's message for a failed submit; per-input details are shown under the inputs themselves. */
export function FormErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
