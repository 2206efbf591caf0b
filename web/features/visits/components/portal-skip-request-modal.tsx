import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { skipRequestSchema, visitNoteMaxLength, type PortalVisit, type VisitRequestOpened } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { usePortalSkipRequest } from '../api/portal-skip-request.ts';
import { formatVisitWhen } from '../portal-format.ts';

interface PortalSkipRequestModalProps {
  slug: string;
  visit: PortalVisit;
  opened: boolean;
  onClose: () => void;
  onSent: (opened: VisitRequestOpened) => void;
}

/** Past the skip cutoff the customer can only ask: a note, sent to the office as a request linked to the visit. */
export function PortalSkipRequestModal({ slug, visit, opened, onClose, onSent }: PortalSkipRequestModalProps) {
  const { t } = useTranslation(['portalVisits', 'common']);
  const mutation = usePortalSkipRequest(slug, visit.id);
  const { errors, formProps } = useFormSubmit({
    schema: skipRequestSchema,
    mutation,
    read: (data) => ({ note: textField(data, 'note') }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSent }); },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{t('askToSkip.title')}</Text>} centered>
      <form {...formProps}>
        <Stack gap="md">
          <FormErrorAlert error={mutation.error} />
          <Text size="sm">{t('askToSkip.text', { service: visit.name, when: formatVisitWhen(visit.startsAt, visit.timeZone) })}</Text>
          <Textarea name="note" label={t('note')} autosize minRows={2} maxLength={visitNoteMaxLength} error={errors.note} data-autofocus />
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
