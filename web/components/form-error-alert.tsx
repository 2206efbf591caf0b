import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client.ts';
import { errorMessage } from '../lib/error-message.ts';

/** How far down the page's own sticky or fixed header reaches, so a message scrolled into view is not hidden under it. */
function stickyHeaderBottom(): number {
  let bottom = 0;
  for (const header of document.querySelectorAll('header')) {
    const { position } = getComputedStyle(header);
    if (position === 'sticky' || position === 'fixed') bottom = Math.max(bottom, header.getBoundingClientRect().bottom);
  }
  return bottom;
}

/** Porter was not reached, did not answer in time, or failed on its side: nothing was wrong with the input, so the same send may work later. */
function isWorthRetrying(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status >= 500);
}

interface FormErrorAlertProps {
  error: unknown;
  /** Says that what was typed is still there when a send fails through no fault of the input; off where nothing was typed. */
  keepsInput?: boolean;
}

/** The server's message for a failed submit; per-input details are shown under the inputs themselves. */
export function FormErrorAlert({ error, keepsInput = true }: FormErrorAlertProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  // On a long form the button is far from the top: bring the words to where the person is looking.
  useEffect(() => {
    const alert = ref.current;
    if (!error || !alert) return;
    alert.style.scrollMarginTop = `${String(stickyHeaderBottom() + 16)}px`;
    alert.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [error]);

  if (!error) return null;
  return (
    <Alert ref={ref} color="red" variant="light" icon={<IconAlertCircle size={20} />} role="alert">
      {errorMessage(error)}
      {keepsInput && isWorthRetrying(error) ? (
        <Text inherit mt={4}>
          {t('errors.keptForRetry')}
        </Text>
      ) : null}
    </Alert>
  );
}
