import { Alert, Button, Group, Modal, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CleaningPlan } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useCopyPlan } from '../api/copy-plan.ts';
import { usePlanSources } from '../api/get-plan-sources.ts';

interface CopyPlanModalProps {
  opened: boolean;
  onClose: () => void;
  locationId: string;
  plan: CleaningPlan;
}

/**
 * Starts this location's plan from another location's of the same customer. When there is a
 * plan already, the warning and the red button are the confirmation that it will be replaced.
 */
export function CopyPlanModal({ opened, onClose, locationId, plan }: CopyPlanModalProps) {
  const { t } = useTranslation(['cleaningPlans', 'common']);
  const sources = usePlanSources(locationId, opened);
  const copy = useCopyPlan(locationId);
  const [chosen, setChosen] = useState<string | null>(null);
  const items = sources.data?.items ?? [];
  const source = items.find((item) => item.locationId === chosen) ?? (items.length === 1 ? items[0] : undefined);
  const replaces = plan.areas.length > 0;
  const taskCount = plan.areas.reduce((sum, area) => sum + area.tasks.length, 0);

  function close() {
    copy.reset();
    setChosen(null);
    onClose();
  }

  function body() {
    if (sources.isError && !sources.data) return <LoadErrorAlert error={sources.error} onRetry={() => void sources.refetch()} />;
    if (!sources.data) return <Skeleton height={80} radius="md" />;
    if (items.length === 0) return <Text c="dimmed">{t('copy.none')}</Text>;
    return (
      <Radio.Group label={t('copy.from')} value={source?.locationId ?? null} onChange={setChosen}>
        <Stack gap="xs" mt="xs">
          {items.map((item) => (
            <Radio
              key={item.locationId}
              value={item.locationId}
              label={t('copy.option', { name: item.name, areas: t('areas', { count: item.areaCount }), tasks: t('tasks', { count: item.taskCount }) })}
            />
          ))}
        </Stack>
      </Radio.Group>
    );
  }

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>{t('copy.title')}</Text>} size="lg">
      <Stack gap="md">
        <FormErrorAlert error={copy.error} keepsInput={false} />
        <Text size="sm">{t('copy.intro')}</Text>
        {body()}
        {replaces && source ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('copy.confirmTitle')}>
            {t('copy.confirmText', { areas: t('areas', { count: plan.areas.length }), tasks: t('tasks', { count: taskCount }), source: source.name })}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color={replaces ? 'red.8' : undefined}
            disabled={!source}
            loading={copy.isPending}
            onClick={() => {
              if (!source) return;
              copy.mutate(source.locationId, {
                onSuccess: () => {
                  close();
                  notifySaved(t('copy.copied', { source: source.name }));
                },
              });
            }}
          >
            {replaces ? t('copy.confirm') : t('copy.next')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
