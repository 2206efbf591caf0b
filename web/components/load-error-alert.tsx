import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../lib/api-client.ts';

interface LoadErrorAlertProps {
  error: unknown;
  onRetry: () => void;
}

export function LoadErrorAlert({ error, onRetry }: LoadErrorAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title="This list could not be loaded" m="md">
      {isApiError(error) ? error.message : 'Please try again.'}
      <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
