import { Card, Skeleton, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useOwnerValues } from '../api/get-owner-values.ts';
import type { OwnerKind } from '../api/query-keys.ts';
import { useSaveOwnerValues } from '../api/save-owner-values.ts';
import { CustomValuesForm } from './custom-values-form.tsx';

/** A customer's or location's custom fields on its page: inputs for those who may change them, text for the rest. Nothing while the company has none. */
export function OwnerCustomFieldsCard({ kind, id }: { kind: OwnerKind; id: string }) {
  const { t } = useTranslation('customFields');
  const query = useOwnerValues(kind, id);
  const mutation = useSaveOwnerValues(kind, id);
  if (query.isError) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <Skeleton height={120} radius="md" />;
  if (query.data.items.length === 0) return null;
  const words = { yes: t('values.yes'), no: t('values.no'), empty: t('values.empty'), chooseOption: t('values.chooseOption'), save: t('values.save') };
  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="lg" mb="md">
        {t('values.title')}
      </Title>
      <CustomValuesForm values={query.data} mutation={mutation} words={words} onSaved={() => notifySaved(t('values.saved'))} />
    </Card>
  );
}
