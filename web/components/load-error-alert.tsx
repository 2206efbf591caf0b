import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client.ts';
import { errorMessage } from '../lib/error-message.ts';

interface LoadErrorAlertProps {
  error: unknown;
  onRetry: () => void;
  /** "This list could not be loaded" by default. */
  title?: string;
}

export function LoadErrorAlert({ error, onRetry, title }: LoadErrorAlertProps) {
  const { t } = useTranslation(['app', 'common']);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={title ?? t('loadError.title')} m="md">
      {isApiError(error) ? errorMessage(error) : t('loadError.tryAgain')}
      <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
        {t('common:actions.retry')}
      </Button>
    </Alert>
  );
}
