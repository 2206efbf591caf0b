import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCar, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldVisit } from '../../../../shared/features/field/field.contract.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { formatTime } from '../../../lib/format.ts';
import { useSendOnMyWay } from '../api/send-on-my-way.ts';

const choices = [10, 20, 30, 45, 60];

/** On my way: offered from an hour before my first visit of the day (or once I clocked in somewhere); sent once. */
export function OnMyWay({ visit }: { visit: FieldVisit }) {
  const { t } = useTranslation('field');
  const send = useSendOnMyWay();
  const [opened, setOpened] = useState(false);
  const [minutes, setMinutes] = useState('20');

  if (visit.onMyWay.sentAt) {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} aria-hidden />}>
        {t('onMyWay.sent', { time: formatTime(visit.onMyWay.sentAt, visit.timeZone) })}
        {send.data ? ` ${t('onMyWay.sentTo', { count: send.data.recipients })}` : null}
      </Alert>
    );
  }
  if (visit.status !== 'scheduled' || visit.myTimesheet) return null;
  if (!visit.onMyWay.offered) {
    return (
      <Text size="sm" c="dimmed">
        {t('onMyWay.notYet')}
      </Text>
    );
  }
  return (
    <>
      <Button variant="light" size="md" fullWidth leftSection={<IconCar size={20} aria-hidden />} onClick={() => setOpened(true)}>
        {t('onMyWay.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('onMyWay.title')} centered>
        <Stack gap="md">
          <div>
            <Text fw={600} mb="xs" id="on-my-way-minutes">
              {t('onMyWay.minutes')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="on-my-way-minutes"
              value={minutes}
              onChange={setMinutes}
              data={choices.map((count) => ({ value: String(count), label: t('onMyWay.minutesOption', { count }) }))}
            />
          </div>
          {send.isError ? <Alert color="red" variant="light">{errorMessage(send.error)}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('onMyWay.cancel')}
            </Button>
            <Button loading={send.isPending} onClick={() => send.mutate({ visitId: visit.id, body: { minutes: Number(minutes) } }, { onSuccess: () => setOpened(false) })}>
              {t('onMyWay.send')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
