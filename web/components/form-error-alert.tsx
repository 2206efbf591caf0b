import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '../lib/api-client.ts';

/** The server's message for a failed submit; per-input details are shown under the inputs themselves. */
export function FormErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const message = isApiError(error) ? error.message : 'Something went wrong. Please try again.';
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} role="alert">
      {message}
    </Alert>
  );
}
