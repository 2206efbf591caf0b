import { Alert } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Staff looking through a customer's eyes can read every page, but the forms are switched off. */
export function ReadOnlyNotice() {
  const { t } = useTranslation('portal');
  return (
    <Alert color="yellow" variant="light" icon={<IconEye size={20} />}>
      {t('readOnly')}
    </Alert>
  );
}
