import { Alert, Divider, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitChange } from '../../../../shared/features/visits/schedule.contract.ts';
import type { TeamMember, Visit } from '../../../../shared/features/visits/visits.contract.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { formatDuration } from '../../../lib/format.ts';
import { PriceBreakdown } from '../../../components/price-breakdown.tsx';
import { VisitActions } from './visit-actions.tsx';
import { VisitStatusBadge } from './visit-status-badge.tsx';

export interface ShownVisit {
  visit: Visit;
  /** Who is double-booked by it, as the schedule or the last change said. */
  doubleBooked: TeamMember[];
}

interface VisitDrawerProps {
  shown: ShownVisit | null;
  opened: boolean;
  onClose: () => void;
  onChanged: (change: VisitChange) => void;
  /** Managers and up change visits. */
  canManage: boolean;
  /** Links to the customer and the location, made by the page (this feature does not know their routes). */
  customerLink: (visit: Visit) => ReactNode;
  locationLink: (visit: Visit) => ReactNode;
  /** The visit's timesheets, from the field feature (the page composes them in). */
  timesheets?: (visit: Visit) => ReactNode;
}

/** A visit's details, its price line by line, and — for those who may — what can be done to it. */
export function VisitDrawer({ shown, opened, onClose, onChanged, canManage, customerLink, locationLink, timesheets }: VisitDrawerProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const visit = shown?.visit;
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title={<Text fw={700}>{visit ? visit.name : t('drawer.title')}</Text>}>
      {visit ? (
        <Stack gap="lg">
          <Group gap="sm">
            <VisitStatusBadge status={visit.status} size="lg" />
            <Text size="sm">
              <PlaceTime at={visit.startsAt} zone={visit.timeZone} />
            </Text>
          </Group>
          {shown.doubleBooked.length > 0 ? (
            <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('conflict.warningTitle')}>
              {t('conflict.warning', { names: shown.doubleBooked.map((member) => member.name).join(', ') })}
            </Alert>
          ) : null}
          <SimpleGrid cols={2} spacing="md">
            <DetailField label={t('common:fields.customer')}>{customerLink(visit)}</DetailField>
            <DetailField label={t('common:fields.location')}>{locationLink(visit)}</DetailField>
            <DetailField label={t('drawer.ends')}>
              <PlaceTime at={visit.endsAt} zone={visit.timeZone} show="time" />
            </DetailField>
            <DetailField label={t('drawer.duration')}>{formatDuration(visit.durationMinutes * 60_000)}</DetailField>
            <DetailField label={t('list.team')}>{visit.team.length > 0 ? visit.team.map((member) => member.name).join(', ') : t('unassigned')}</DetailField>
            <DetailField label={t('common:fields.address')}>{visit.address}</DetailField>
          </SimpleGrid>
          {visit.notes ? <DetailField label={t('drawer.notes')}>{visit.notes}</DetailField> : null}
          {visit.statusReason ? <DetailField label={t('drawer.reason')}>{visit.statusReason}</DetailField> : null}
          {visit.exception ? (
            <Text size="sm" c="dimmed">
              {t('drawer.exception')}
            </Text>
          ) : null}
          {timesheets ? timesheets(visit) : null}
          <div>
            <Text fw={700} mb={4}>
              {t('price.title')}
            </Text>
            <PriceBreakdown price={visit.price} />
          </div>
          {canManage && visit.status === 'scheduled' ? (
            <>
              <Divider />
              <VisitActions visit={visit} onChanged={onChanged} />
            </>
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}
