import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { EmptyState } from '../../../components/empty-state.tsx';

const today = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

export function TodayView() {
  return (
    <Stack gap="md">
      <div>
        <Title order={1} fz={28}>
          Today
        </Title>
        <Text c="dimmed">{today.format(new Date())}</Text>
      </div>
      <Paper withBorder radius="lg" shadow="xs">
        <EmptyState
          icon={<IconCalendarCheck size={28} />}
          title="No visits today"
          description="When the office schedules you for a visit, it shows up here with the address and checklist."
        />
      </Paper>
    </Stack>
  );
}
