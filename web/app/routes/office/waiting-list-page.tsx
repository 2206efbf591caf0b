import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { WaitingList } from '../../../features/visits/components/waiting-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

export function WaitingListPage() {
  const { t } = useTranslation('accountServices');
  usePageTitle(t('waiting.title'));
  return (
    <Stack gap="lg">
      <PageHeader title={t('waiting.title')} description={t('waiting.intro')} />
      <WaitingList />
    </Stack>
  );
}
