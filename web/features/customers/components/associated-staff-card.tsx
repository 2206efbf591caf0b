import { Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssociatedStaffMember } from '../../../../shared/features/customers/customers.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useAssociatedStaff } from '../api/get-associated-staff.ts';

function Member({ member }: { member: AssociatedStaffMember }) {
  const { t } = useTranslation(['customers', 'app']);
  return (
    <Stack gap={2} component="li">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{member.name}</Text>
        <Badge variant="light" color="gray" size="sm">
          {t(`app:roles.${member.role}`)}
        </Badge>
      </Group>
      {member.assignedTo.length > 0 ? (
        <Text size="sm" c="dimmed">
          {t('detail.associatedStaff.assigned', { locations: member.assignedTo.map((location) => location.locationName).join(', ') })}
        </Text>
      ) : null}
      {member.lastWorked ? (
        <Text size="sm" c="dimmed">
          {t('detail.associatedStaff.worked', { date: formatDate(member.lastWorked.startsAt, member.lastWorked.locationTimeZone), location: member.lastWorked.locationName })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Who belongs with this customer: assigned to its locations, or worked its visits lately, each with why. */
export function AssociatedStaffCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const query = useAssociatedStaff(customerId);
  const windowDays = query.data?.windowDays ?? 90;
  return (
    <Card withBorder padding="lg" shadow="xs" component="section" aria-labelledby="associated-staff-title">
      <Title order={2} fz="lg" id="associated-staff-title">
        {t('detail.associatedStaff.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('detail.associatedStaff.description', { count: windowDays })}
      </Text>
      {query.isError && !query.data ? (
        <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('detail.associatedStaff.loadFailed')} />
      ) : !query.data ? (
        <Stack gap="sm" aria-hidden>
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : query.data.items.length === 0 ? (
        <Text c="dimmed">{t('detail.associatedStaff.empty', { count: windowDays })}</Text>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {query.data.items.map((member) => <Member key={member.staffId} member={member} />)}
        </Stack>
      )}
    </Card>
  );
}
