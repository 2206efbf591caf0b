import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useVisitKeys } from '../api/get-visit-keys.ts';

/** On a visit's page in the field app: the keys and codes of its location, and who has each. */
export function VisitKeys({ visitId, meId }: { visitId: string; meId: string }) {
  const { t } = useTranslation('field');
  const query = useVisitKeys(visitId);
  // Not on this visit's team (or no such visit): the visit's own card already says so.
  if (isApiError(query.error, 404)) return null;
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('keys.loadFailed')} />;
  if (!query.data) return null;
  return (
    <Card withBorder radius="lg" padding="md">
      <Group gap="xs" mb="sm">
        <IconKey size={18} aria-hidden />
        <Title order={2} fz="md">
          {t('keys.title')}
        </Title>
      </Group>
      {query.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('keys.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {query.data.items.map((key) => (
            <div key={key.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Text fw={600} size="sm">
                  {key.label}
                </Text>
                <Badge variant="outline" tt="none" style={{ flexShrink: 0 }}>
                  {t(`keys.kinds.${key.kind}`)}
                </Badge>
              </Group>
              {key.code ? (
                <Text size="sm">
                  {t('keys.code')}: <Text span ff="monospace" fw={700} fz="md">{key.code}</Text>
                </Text>
              ) : null}
              <Text size="xs" c="dimmed">
                {key.holder ? (key.holder.id === meId ? t('keys.withYou') : t('keys.heldBy', { name: key.holder.name })) : t('keys.inOffice')}
              </Text>
              {key.notes ? (
                <Text size="xs" c="dimmed">
                  {key.notes}
                </Text>
              ) : null}
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
