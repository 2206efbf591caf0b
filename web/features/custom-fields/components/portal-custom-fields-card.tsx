import { Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldValues } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { usePortalCustomFields } from '../api/get-portal-custom-fields.ts';
import { useSavePortalCustomFields } from '../api/save-portal-custom-fields.ts';
import { CustomValuesForm } from './custom-values-form.tsx';

function Group({ slug, group }: { slug: string; group: CustomFieldValues }) {
  const { t } = useTranslation('portalCustomFields');
  const mutation = useSavePortalCustomFields(slug, group.owner.kind, group.owner.id);
  const words = { yes: t('yes'), no: t('no'), empty: t('empty'), chooseOption: t('chooseOption'), save: t('save') };
  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {group.owner.name}
      </Title>
      <CustomValuesForm values={group} mutation={mutation} words={words} onSaved={() => notifySaved(t('saved'))} />
    </Stack>
  );
}

/** The account tab's Additional information: the company's fields of each customer and location the person uses. Nothing when none is shown. */
export function PortalCustomFieldsCard({ slug, companyName }: { slug: string; companyName: string }) {
  const { t } = useTranslation('portalCustomFields');
  const query = usePortalCustomFields(slug);
  if (query.isError) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <Skeleton height={120} radius="md" />;
  if (query.data.groups.length === 0) return null;
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {t('title')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('intro', { company: companyName })}
      </Text>
      <Stack gap="lg">
        {query.data.groups.map((group) => (
          <Group key={`${group.owner.kind}:${group.owner.id}`} slug={slug} group={group} />
        ))}
      </Stack>
    </Card>
  );
}
