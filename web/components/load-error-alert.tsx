import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../lib/api-client.ts';
import { errorMessage } from '../lib/error-message.ts';

interface LoadErrorAlertProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

export function LoadErrorAlert({ error, onRetry, title = 'This list could not be loaded' }: LoadErrorAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={title} m="md">
      {isApiError(error) ? errorMessage(error) : 'Please try again.'}
      <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
