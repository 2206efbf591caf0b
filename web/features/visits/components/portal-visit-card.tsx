import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarRepeat, IconFileCheck, IconMessagePlus, IconPlayerSkipForward } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { customerSkipReason, type PortalVisit, type VisitRequestOpened } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSkipPortalVisit } from '../api/portal-skip-visit.ts';
import { formatMoney } from '../../../lib/money.ts';
import { formatTimeRange, formatVisitDay, formatVisitWhen } from '../portal-format.ts';
import { PortalRescheduleModal } from './portal-reschedule-modal.tsx';
import { PortalSkipRequestModal } from './portal-skip-request-modal.tsx';
import { PortalVisitStatusBadge } from './portal-visit-status-badge.tsx';

interface PortalVisitCardProps {
  slug: string;
  visit: PortalVisit;
  companyName: string;
  /** Requests are on at the location, so a request about this visit can be opened. */
  requestsEnabled: boolean;
  /** Staff viewing the portal as the customer may look but not change anything. */
  readOnly: boolean;
}

/** One visit on the Services page: when, what, its state and price, and what the customer may still do about it. */
export function PortalVisitCard({ slug, visit, companyName, requestsEnabled, readOnly }: PortalVisitCardProps) {
  const { t } = useTranslation(['portalVisits', 'common', 'proofOfService']);
  const navigate = useNavigate();
  const [confirmingSkip, skipDialog] = useDisclosure(false);
  const [rescheduling, rescheduleDialog] = useDisclosure(false);
  const [askingToSkip, askDialog] = useDisclosure(false);
  const skip = useSkipPortalVisit(slug);
  const when = formatVisitWhen(visit.startsAt, visit.timeZone);
  // Why a skipped or cancelled visit is off; a visit the customer skipped is said in their own words.
  const skippedByYou = visit.status === 'skipped' && visit.statusReason === customerSkipReason;
  const reason = skippedByYou ? t('services.skippedByYou') : visit.statusReason ? t('services.reason', { reason: visit.statusReason }) : null;
  const anyAction = visit.canReschedule || visit.canSkip || visit.canAskToSkip || requestsEnabled;

  // A request the customer may open is shown at once; otherwise a note says the office has it.
  function sent(opened: VisitRequestOpened) {
    rescheduleDialog.close();
    askDialog.close();
    notifySaved(t('requestSent.text', { reference: opened.reference }), t('requestSent.title'));
    if (opened.visible) void navigate({ to: '/portal/$slug/requests/$requestId', params: { slug, requestId: opened.requestId } });
  }

  function confirmSkip() {
    skip.mutate(visit.id, {
      onSuccess: () => {
        skipDialog.close();
        notifySaved(t('skip.done', { service: visit.name, when }), t('skip.doneTitle'));
      },
    });
  }

  return (
    <Paper component="li" withBorder radius="lg" p="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={700}>{formatVisitDay(visit.startsAt, visit.timeZone, 'short')}</Text>
            <Text size="sm" c="dimmed">
              {formatTimeRange(visit.startsAt, visit.endsAt, visit.timeZone)}
            </Text>
          </div>
          <PortalVisitStatusBadge status={visit.status} />
        </Group>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {visit.name}
          </Text>
          <Text fw={600} c={visit.status === 'skipped' || visit.status === 'cancelled' ? 'dimmed' : undefined} td={visit.status === 'skipped' || visit.status === 'cancelled' ? 'line-through' : undefined}>
            {t('services.total', { amount: formatMoney(visit.total, visit.currency) })}
          </Text>
        </Group>
        {reason ? (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {reason}
          </Text>
        ) : null}
        {visit.canSkip ? (
          <Text size="xs" c="dimmed">
            {t('services.skipUntil', { time: formatDateTime(visit.skipCutoffAt, visit.timeZone) })}
          </Text>
        ) : null}
        {visit.status === 'completed' ? (
          // Reading the report changes nothing, so staff viewing as the customer may open it too.
          <ButtonLink
            to="/portal/$slug/visits/$visitId/proof-of-service"
            params={{ slug, visitId: visit.id }}
            size="xs"
            variant="light"
            leftSection={<IconFileCheck size={16} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('proofOfService:open')}
          </ButtonLink>
        ) : null}
        {anyAction ? (
          <ReadOnlyFieldset readOnly={readOnly}>
            <Group gap="xs" wrap="wrap" role="group" aria-label={t('services.actionsFor', { when })}>
              {visit.canReschedule ? (
                <Button size="xs" variant="light" leftSection={<IconCalendarRepeat size={16} aria-hidden />} onClick={rescheduleDialog.open}>
                  {t('actions.reschedule')}
                </Button>
              ) : null}
              {visit.canSkip ? (
                <Button size="xs" variant="default" leftSection={<IconPlayerSkipForward size={16} aria-hidden />} onClick={skipDialog.open}>
                  {t('actions.skip')}
                </Button>
              ) : null}
              {visit.canAskToSkip ? (
                <Button size="xs" variant="default" leftSection={<IconPlayerSkipForward size={16} aria-hidden />} onClick={askDialog.open}>
                  {t('actions.askToSkip')}
                </Button>
              ) : null}
              {requestsEnabled ? (
                <ButtonLink
                  to="/portal/$slug/requests/new"
                  params={{ slug }}
                  search={{ visitId: visit.id }}
                  size="xs"
                  variant="subtle"
                  leftSection={<IconMessagePlus size={16} aria-hidden />}
                  disabled={readOnly}
                >
                  {t('actions.openRequest')}
                </ButtonLink>
              ) : null}
            </Group>
          </ReadOnlyFieldset>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={confirmingSkip}
        onClose={skipDialog.close}
        title={t('skip.title')}
        confirmLabel={t('skip.confirm')}
        onConfirm={confirmSkip}
        loading={skip.isPending}
        error={skip.error}
        danger
      >
        {t('skip.text', { service: visit.name, when, company: companyName })}
      </ConfirmModal>
      {rescheduling ? <PortalRescheduleModal slug={slug} visit={visit} opened onClose={rescheduleDialog.close} onSent={sent} /> : null}
      {askingToSkip ? <PortalSkipRequestModal slug={slug} visit={visit} opened onClose={askDialog.close} onSent={sent} /> : null}
    </Paper>
  );
}
