import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconLogin, IconLogout } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldVisit } from '../../../../shared/features/field/field.contract.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { formatTime } from '../../../lib/format.ts';
import { useClockIn } from '../api/clock-in.ts';
import { useClockOut } from '../api/clock-out.ts';
import { newClientId } from '../../../lib/offline-queue.ts';
import { devicePosition } from './device-position.ts';

/** Clock in, then out, of one visit. The position is asked for at each tap and left out when not given. */
export function ClockPanel({ visit }: { visit: FieldVisit }) {
  const { t } = useTranslation('field');
  const clockIn = useClockIn();
  const clockOut = useClockOut();
  const [locating, setLocating] = useState(false);
  // The id of a tap that has not been answered yet: trying again sends the same one, so it cannot count twice.
  const pending = useRef<{ way: 'in' | 'out'; clientId: string } | null>(null);
  const mutation = visit.canClockOut ? clockOut : clockIn;
  const way = visit.canClockOut ? 'out' : 'in';

  async function tap() {
    if (pending.current?.way !== way) pending.current = { way, clientId: newClientId() };
    const { clientId } = pending.current;
    setLocating(true);
    const position = await devicePosition();
    setLocating(false);
    mutation.mutate({ visitId: visit.id, body: { clientId, position } }, { onSuccess: () => void (pending.current = null) });
  }

  const sheet = visit.myTimesheet;
  return (
    <Stack gap="sm">
      {sheet ? (
        <Text fw={600}>
          {t('visit.clockedIn', { time: formatTime(sheet.clockedInAt, visit.timeZone) })}
        </Text>
      ) : null}
      {sheet?.clockedOutAt ? (
        <>
          <Text fw={600}>
            {t('visit.clockedOut', { time: formatTime(sheet.clockedOutAt, visit.timeZone) })}
          </Text>
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />}>
            {t('visit.done')}
          </Alert>
        </>
      ) : null}
      {visit.canClockIn || visit.canClockOut ? (
        <>
          <Button
            size="lg"
            fullWidth
            color={visit.canClockOut ? 'red' : 'teal'}
            leftSection={visit.canClockOut ? <IconLogout size={20} aria-hidden /> : <IconLogin size={20} aria-hidden />}
            loading={locating || mutation.isPending}
            onClick={() => void tap()}
          >
            {visit.canClockOut ? t('visit.clockOut') : t('visit.clockIn')}
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
