import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maxPreferredDates, rescheduleRequestSchema, visitNoteMaxLength, type PortalVisit, type VisitRequestOpened } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { usePortalRescheduleRequest } from '../api/portal-reschedule-request.ts';
import { formatVisitWhen, todayAt } from '../portal-format.ts';

interface PortalRescheduleModalProps {
  slug: string;
  visit: PortalVisit;
  opened: boolean;
  onClose: () => void;
  onSent: (opened: VisitRequestOpened) => void;
}

const slots = Array.from({ length: maxPreferredDates }, (_, index) => index);

/** Up to three days that would suit and a note: sent to the office as a request linked to the visit. */
export function PortalRescheduleModal({ slug, visit, opened, onClose, onSent }: PortalRescheduleModalProps) {
  const { t } = useTranslation(['portalVisits', 'common']);
  const mutation = usePortalRescheduleRequest(slug, visit.id);
  const { errors, formProps } = useFormSubmit({
    schema: rescheduleRequestSchema,
    mutation,
    read: (data) => ({
      preferredDates: slots.map((slot) => textField(data, `preferredDates.${slot}`)).filter(Boolean),
      note: textField(data, 'note'),
    }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSent }); },
  });
  const today = todayAt(visit.timeZone);
  const datesError = errors.preferredDates;

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{t('reschedule.title')}</Text>} centered>
      <form {...formProps}>
        <Stack gap="md">
          <FormErrorAlert error={mutation.error} />
          <Text size="sm">{t('reschedule.text', { when: formatVisitWhen(visit.startsAt, visit.timeZone) })}</Text>
          {slots.map((slot) => (
            <TextInput
              key={slot}
              type="date"
              name={`preferredDates.${slot}`}
              label={t('reschedule.day', { number: slot + 1 })}
              description={slot === 0 ? t('reschedule.dayHint') : undefined}
              min={today}
              required={slot === 0}
              error={errors[`preferredDates.${slot}`] ?? (slot === 0 ? datesError : undefined)}
              data-autofocus={slot === 0 ? true : undefined}
            />
          ))}
          <Textarea name="note" label={t('note')} autosize minRows={2} maxLength={visitNoteMaxLength} error={errors.note} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
