import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { formatLocale } from '../../../lib/i18n.ts';
import { useMyVisits } from '../api/get-my-visits.ts';
import { FieldVisitCard } from './field-visit-card.tsx';

/** "Thursday 3 December": the technician's own day, in the page's language. */
function todayLabel(): string {
  return dateTimeFormat(formatLocale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date());
}

/** The field app's home: my visits today in order, then the week ahead. */
export function TodayView() {
  const { t } = useTranslation('field');
  const query = useMyVisits();

  function body() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('today.loadFailed')} />;
    if (!query.data) return <Skeleton height={140} radius="lg" />;
    const { today, upcoming } = query.data;
    return (
      <Stack gap="lg">
        {today.length === 0 ? (
          <Paper withBorder radius="lg" shadow="xs">
            <EmptyState icon={<IconCalendarCheck size={28} />} title={t('today.noVisits')} description={t('today.noVisitsText')} />
          </Paper>
        ) : (
          <Stack gap="sm">
            {today.map((visit) => (
              <FieldVisitCard key={visit.id} visit={visit} />
            ))}
          </Stack>
        )}
        <section aria-labelledby="upcoming-title">
          <Title order={2} fz="lg" mb="sm" id="upcoming-title">
            {t('today.upcoming')}
          </Title>
          {upcoming.length === 0 ? (
            <Text c="dimmed">{t('today.noUpcoming')}</Text>
          ) : (
            <Stack gap="sm">
              {upcoming.map((visit) => (
                <FieldVisitCard key={visit.id} visit={visit} showDay />
              ))}
            </Stack>
          )}
        </section>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <div>
        <Title order={1} fz={28}>
          {t('today.title')}
        </Title>
        <Text c="dimmed">{todayLabel()}</Text>
      </div>
      {body()}
    </Stack>
  );
}
