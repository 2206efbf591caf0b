import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCloudUpload, IconLogin, IconLogout } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldVisit } from '../../../../shared/features/field/field.contract.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { formatTime } from '../../../lib/format.ts';
import { newClientId } from '../../../lib/offline-queue.ts';
import { useClockIn } from '../api/clock-in.ts';
import { useClockOut } from '../api/clock-out.ts';
import { devicePosition } from './device-position.ts';

/** A clock time as the person sees it: the server's, or a tap of theirs still waiting on the phone. */
type ShownTime = { at: string; waiting: boolean } | null;

/** The street line of an address: how a technician tells places apart in a short list. */
const streetOf = (address: string) => address.split(/[,\n]/)[0]!.trim();

function ClockTime({ way, time, zone }: { way: 'in' | 'out'; time: ShownTime; zone: string }) {
  const { t } = useTranslation('field');
  if (!time) return null;
  const at = formatTime(time.at, zone);
  if (!time.waiting) return <Text fw={600}>{way === 'in' ? t('visit.clockedIn', { time: at }) : t('visit.clockedOut', { time: at })}</Text>;
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconCloudUpload size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text fw={600}>{way === 'in' ? t('visit.clockedInWaiting', { time: at }) : t('visit.clockedOutWaiting', { time: at })}</Text>
    </Group>
  );
}

/**
 * Clock in, then out, of one visit. Without a signal a tap waits on the phone with its own time and
 * the panel shows what it did meanwhile. The position is asked for at each tap and left out when not given.
 */
export function ClockPanel({ visit, meId }: { visit: FieldVisit; meId: string }) {
  const { t } = useTranslation('field');
  const clockIn = useClockIn(visit.id, meId);
  const clockOut = useClockOut(visit.id, meId);
  const [locating, setLocating] = useState(false);
  // The id of a tap that has not been answered yet: trying again sends the same one, so it cannot count twice.
  const pending = useRef<{ way: 'in' | 'out'; clientId: string } | null>(null);

  const sheet = visit.myTimesheet;
  const [waitingIn] = clockIn.waiting;
  const [waitingOut] = clockOut.waiting;
  const shownIn: ShownTime = sheet ? { at: sheet.clockedInAt, waiting: false } : waitingIn ? { at: waitingIn.body.at ?? waitingIn.queuedAt, waiting: true } : null;
  const shownOut: ShownTime = sheet?.clockedOutAt ? { at: sheet.clockedOutAt, waiting: false } : waitingOut ? { at: waitingOut.body.at ?? waitingOut.queuedAt, waiting: true } : null;
  const way = shownOut ? null : shownIn ? 'out' : visit.canClockIn ? 'in' : null;
  const mutation = way === 'out' ? clockOut : clockIn;

  async function tap(tapped: 'in' | 'out') {
    // The time of the tap, not of the position's answer nor of the signal's return.
    const at = new Date().toISOString();
    if (pending.current?.way !== tapped) pending.current = { way: tapped, clientId: newClientId() };
    const { clientId } = pending.current;
    setLocating(true);
    const position = await devicePosition();
    setLocating(false);
    const names = { place: streetOf(visit.address), time: formatTime(at, visit.timeZone) };
    const label = tapped === 'in' ? t('queue.clockIn', names) : t('queue.clockOut', names);
    mutation.mutate({ clientId, label, body: { clientId, position, at } }, { onSuccess: () => void (pending.current = null) });
  }

  return (
    <Stack gap="sm">
      <ClockTime way="in" time={shownIn} zone={visit.timeZone} />
      <ClockTime way="out" time={shownOut} zone={visit.timeZone} />
      {shownOut && !shownOut.waiting ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />}>
          {t('visit.done')}
        </Alert>
      ) : null}
      {way ? (
        <>
          <Button
            size="lg"
            fullWidth
            color={way === 'out' ? 'red' : 'teal'}
            leftSection={way === 'out' ? <IconLogout size={20} aria-hidden /> : <IconLogin size={20} aria-hidden />}
            loading={locating || mutation.isPending}
            onClick={() => void tap(way)}
          >
            {way === 'out' ? t('visit.clockOut') : t('visit.clockIn')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('visit.positionNote')}
          </Text>
        </>
      ) : null}
      {mutation.isError ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('visit.clockFailed')}>
          {errorMessage(mutation.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
