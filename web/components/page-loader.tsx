import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageLoader() {
  const { t } = useTranslation('app');
  return (
    <Center mih="40vh" role="status" aria-label={t('loading')}>
      <Loader type="dots" />
    </Center>
  );
}
