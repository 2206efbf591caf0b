import { Button, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PortalCleaningPlan } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { cleaningPlanPdfUrl, usePortalCleaningPlan } from '../api/get-portal-cleaning-plan.ts';
import { FrequencyBadge } from './frequency-badge.tsx';

function PlanAreas({ plan }: { plan: PortalCleaningPlan }) {
  const { t } = useTranslation('whatWeClean');
  return (
    <Stack gap="md">
      {plan.areas.map((area) => (
        <Card key={area.id} component="section" withBorder radius="lg" padding="lg" shadow="xs" aria-labelledby={`area-${area.id}`}>
          <Group justify="space-between" align="baseline" gap="xs" mb={area.notes ? 2 : 'xs'}>
            <Title order={2} fz="lg" id={`area-${area.id}`} style={{ overflowWrap: 'anywhere' }}>
              {area.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('tasks', { count: area.tasks.length })}
            </Text>
          </Group>
          {area.notes ? (
            <Text size="sm" c="dimmed" mb="xs" style={{ overflowWrap: 'anywhere' }}>
              {area.notes}
            </Text>
          ) : null}
          {area.tasks.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('noTasks')}
            </Text>
          ) : (
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
              {area.tasks.map((task) => (
                <Group
                  component="li"
                  key={task.id}
                  justify="space-between"
                  wrap="nowrap"
                  gap="sm"
                  py={10}
                  style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                >
                  <Text style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{task.text}</Text>
                  <FrequencyBadge frequency={task.frequency} label={t(`frequency.${task.frequency}`)} />
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}

interface PortalCleaningPlanViewProps {
  slug: string;
  locationId: string;
  locationName: string;
  companyName: string;
}

/** What is cleaned at the chosen location, room by room, and the same as a PDF to keep. */
export function PortalCleaningPlanView({ slug, locationId, locationName, companyName }: PortalCleaningPlanViewProps) {
  const { t, i18n } = useTranslation('whatWeClean');
  const query = usePortalCleaningPlan(slug, locationId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <Skeleton height={240} radius="lg" />;
  const plan = query.data;
  if (plan.areas.length === 0) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState icon={<IconListCheck size={28} />} title={t('empty.title')} description={t('empty.text', { company: companyName, location: locationName })} />
      </Paper>
    );
  }
  return (
    <Stack gap="lg">
      <Group>
        <Button
          component="a"
          href={cleaningPlanPdfUrl(slug, plan, i18n.language)}
          download
          variant="light"
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          {t('download')}
        </Button>
      </Group>
      <PlanAreas plan={plan} />
    </Stack>
  );
}
