import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { formatLocale } from '../../../lib/i18n.ts';

/** "Thursday 3 December": the technician's own day, in the page's language. */
function todayLabel(): string {
  return new Intl.DateTimeFormat(formatLocale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date());
}

export function TodayView() {
  const { t } = useTranslation('field');
  return (
    <Stack gap="md">
      <div>
        <Title order={1} fz={28}>
          {t('today.title')}
        </Title>
        <Text c="dimmed">{todayLabel()}</Text>
      </div>
      <Paper withBorder radius="lg" shadow="xs">
        <EmptyState
          icon={<IconCalendarCheck size={28} />}
          title={t('today.noVisits')}
          description={t('today.noVisitsText')}
        />
      </Paper>
    </Stack>
  );
}
