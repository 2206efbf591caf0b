import { Avatar, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { formatTime } from '../../../lib/format.ts';
import { useWhosWorking } from '../api/get-whos-working.ts';

/** Who is clocked in at the location now (JM's Who's working): first name and role, a photo when there is one. */
export function WhosWorkingCard({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('portal');
  const query = useWhosWorking(slug, locationId);

  function body() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('whosWorking.loadFailed')} />;
    if (!query.data) return <Skeleton height={48} radius="md" />;
    if (query.data.people.length === 0) return <Text c="dimmed">{t('whosWorking.nobody')}</Text>;
    const zone = query.data.timeZone;
    return (
      <Stack gap="sm">
        {query.data.people.map((person) => (
          <Group key={`${person.firstName}-${person.since}`} gap="sm" wrap="nowrap">
            <Avatar src={person.photoUrl} alt="" size={48} radius="xl" color="porter">
              {person.firstName.slice(0, 1)}
            </Avatar>
            <div>
              <Text fw={700}>{person.firstName}</Text>
              <Text size="sm" c="dimmed">
                {t(`whosWorking.roles.${person.role}`)} · {t('whosWorking.since', { time: formatTime(person.since, zone) })}
              </Text>
            </div>
          </Group>
        ))}
      </Stack>
    );
  }

  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm" component="section" aria-labelledby="whos-working-title">
      <Group gap="sm" mb="md" wrap="nowrap">
        <IconUsersGroup size={22} aria-hidden />
        <Title order={2} fz="lg" id="whos-working-title">
          {t('whosWorking.title')}
        </Title>
      </Group>
      {body()}
    </Card>
  );
}
