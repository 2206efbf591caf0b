import { Button, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxReasonLength, moveVisitSchema, visitReasonSchema, type VisitChange } from '../../../../shared/features/visits/schedule.contract.ts';
import type { TeamMember, Visit } from '../../../../shared/features/visits/visits.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { textField } from '../../../lib/form-data.ts';
import { i18n } from '../../../lib/i18n.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useChangeVisitTeam } from '../api/change-visit-team.ts';
import { useScheduleTeam } from '../api/get-schedule-team.ts';
import { useMoveVisit } from '../api/move-visit.ts';
import { useStopVisit, type StopAction } from '../api/stop-visit.ts';
import { wallClockAt } from './schedule-dates.ts';

type Dialog = 'move' | 'team' | StopAction | null;

interface ActionProps {
  visit: Visit;
  onClose: () => void;
  onChanged: (change: VisitChange) => void;
}

/** After a change: saved, or saved with a warning naming who is now in two places at once. */
function tellChanged(change: VisitChange, done: string) {
  if (change.doubleBooked.length === 0) {
    notifySaved(done);
    return;
  }
  const names = change.doubleBooked.map((member) => member.name).join(', ');
  notifications.show({ color: 'orange', title: i18n.t('schedule:conflict.warningTitle'), message: i18n.t('schedule:conflict.warning', { names }) });
}

function MoveModal({ visit, onClose, onChanged }: ActionProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const mutation = useMoveVisit();
  const now = wallClockAt(visit.startsAt, visit.timeZone);
  const { errors, formProps } = useFormSubmit({
    schema: moveVisitSchema,
    mutation,
    read: (data) => {
      const minutes = Number(textField(data, 'durationMinutes'));
      // The visit's length includes accepted upgrades; only a length the person changed is sent.
      return { date: textField(data, 'date'), time: textField(data, 'time'), ...(minutes !== visit.durationMinutes ? { durationMinutes: minutes } : {}) };
    },
    onValid: (body) => {
      mutation.mutate({ id: visit.id, body }, {
        onSuccess: (change) => {
          onChanged(change);
          onClose();
          tellChanged(change, t('move.done'));
        },
      });
    },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <Text size="sm" c="dimmed">
          {t('move.hint', { zone: visit.timeZone })}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput type="date" name="date" label={t('move.date')} defaultValue={now.date} error={errors.date} data-autofocus />
          <TextInput type="time" name="time" label={t('move.time')} defaultValue={now.time} error={errors.time} />
        </SimpleGrid>
        <NumberInput name="durationMinutes" label={t('move.duration')} defaultValue={visit.durationMinutes} min={15} max={1440} step={15} allowDecimal={false} size="md" error={errors.durationMinutes} />
        <Text size="sm">{t('move.customerTold')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('move.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TeamModal({ visit, onClose, onChanged }: ActionProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const mutation = useChangeVisitTeam();
  const staff = useScheduleTeam();
  const [teamIds, setTeamIds] = useState(visit.team.map((member) => member.id));
  const known = new Map<string, TeamMember>([...visit.team, ...(staff.data?.items ?? [])].map((member) => [member.id, member]));
  const fieldError = isApiError(mutation.error) ? mutation.error.fields.teamIds : undefined;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate({ id: visit.id, body: { teamIds } }, {
          onSuccess: (change) => {
            onChanged(change);
            onClose();
            tellChanged(change, t('team.done'));
          },
        });
      }}
    >
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <MultiSelect
          label={t('team.label')}
          description={t('team.hint')}
          data={[...known.values()].map((member) => ({ value: member.id, label: member.name }))}
          value={teamIds}
          onChange={setTeamIds}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('team.noMatch')}
          error={fieldError}
          comboboxProps={{ keepMounted: false }}
          size="md"
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('team.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StopModal({ visit, action, onClose, onChanged }: ActionProps & { action: StopAction }) {
  const { t } = useTranslation(['schedule', 'common']);
  const mutation = useStopVisit();
  const { errors, formProps } = useFormSubmit({
    schema: visitReasonSchema,
    mutation,
    onValid: (body) => {
      mutation.mutate({ id: visit.id, action, body }, {
        onSuccess: (change) => {
          onChanged(change);
          onClose();
          notifySaved(t(`stop.${action}.done`));
        },
      });
    },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <Text size="sm">{t(`stop.${action}.text`, { customer: visit.customerName })}</Text>
        <Textarea name="reason" label={t('stop.reason')} description={t('stop.reasonHint')} autosize minRows={3} maxLength={maxReasonLength} error={errors.reason} data-autofocus />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.back')}
          </Button>
          <Button type="submit" color="red.8" loading={mutation.isPending}>
            {t(`stop.${action}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What the office can do to a scheduled visit: move it, change its team, skip or cancel it. */
export function VisitActions({ visit, onChanged }: { visit: Visit; onChanged: (change: VisitChange) => void }) {
  const { t } = useTranslation('schedule');
  const [dialog, setDialog] = useState<Dialog>(null);
  if (visit.status !== 'scheduled') return null;
  const close = () => { setDialog(null); };
  const titles: Record<Exclude<Dialog, null>, string> = { move: t('move.title'), team: t('team.title'), skip: t('stop.skip.title'), cancel: t('stop.cancel.title') };
  return (
    <>
      <Group gap="sm">
        <Button leftSection={<IconCalendarEvent size={18} aria-hidden />} onClick={() => { setDialog('move'); }}>
          {t('actions.move')}
        </Button>
        <Button variant="default" leftSection={<IconUsers size={18} aria-hidden />} onClick={() => { setDialog('team'); }}>
          {t('actions.team')}
        </Button>
        <Button variant="default" onClick={() => { setDialog('skip'); }}>
          {t('actions.skip')}
        </Button>
        <Button variant="default" color="red" onClick={() => { setDialog('cancel'); }}>
          {t('actions.cancel')}
        </Button>
      </Group>
      <Modal opened={dialog !== null} onClose={close} title={<Text fw={700}>{dialog ? titles[dialog] : ''}</Text>} centered>
        {dialog === 'move' ? <MoveModal visit={visit} onClose={close} onChanged={onChanged} /> : null}
        {dialog === 'team' ? <TeamModal visit={visit} onClose={close} onChanged={onChanged} /> : null}
        {dialog === 'skip' || dialog === 'cancel' ? <StopModal visit={visit} action={dialog} onClose={close} onChanged={onChanged} /> : null}
      </Modal>
    </>
  );
}
