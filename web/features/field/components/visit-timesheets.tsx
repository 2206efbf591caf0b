import { Alert, Button, Group, Modal, Skeleton, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timesheet } from '../../../../shared/features/field/field.contract.ts';
import { PlaceTime } from '../../../components/place-time.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { errorMessage, notifySaved } from '../../../lib/error-message.ts';
import { useCorrectTimesheet } from '../api/correct-timesheet.ts';
import { useVisitTimesheets } from '../api/get-visit-timesheets.ts';

/** "2026-12-03T09:05" in the reader's own zone, as a datetime-local field holds it. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function CorrectionForm({ sheet, onDone }: { sheet: Timesheet; onDone: () => void }) {
  const { t } = useTranslation('timesheets');
  const correct = useCorrectTimesheet();
  const [clockedIn, setClockedIn] = useState(toLocalInput(sheet.clockedInAt));
  const [clockedOut, setClockedOut] = useState(sheet.clockedOutAt ? toLocalInput(sheet.clockedOutAt) : '');
  const [reason, setReason] = useState('');
  const fields = isApiError(correct.error) ? (correct.error.fields ?? {}) : {};

  function save() {
    const body = { clockedInAt: new Date(clockedIn).toISOString(), clockedOutAt: clockedOut ? new Date(clockedOut).toISOString() : null, reason };
    correct.mutate({ id: sheet.id, body }, { onSuccess: () => { notifySaved(t('saved')); onDone(); } });
  }

  return (
    <Stack gap="md">
      <TextInput type="datetime-local" label={t('inLabel')} value={clockedIn} onChange={(event) => { setClockedIn(event.currentTarget.value); }} error={fields.clockedInAt} required />
      <TextInput type="datetime-local" label={t('outLabel')} description={t('outHint')} value={clockedOut} onChange={(event) => { setClockedOut(event.currentTarget.value); }} error={fields.clockedOutAt} />
      <Textarea label={t('reason')} description={t('reasonHint')} value={reason} onChange={(event) => { setReason(event.currentTarget.value); }} error={fields.reason} required autosize minRows={2} />
      {correct.isError && Object.keys(fields).length === 0 ? <Alert color="red" variant="light">{errorMessage(correct.error)}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
        <Button loading={correct.isPending} onClick={save}>
          {t('save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A visit's timesheets in the office's drawer; managers correct a time, with a reason. */
export function VisitTimesheets({ visitId, timeZone, canCorrect }: { visitId: string; timeZone: string; canCorrect: boolean }) {
  const { t } = useTranslation('timesheets');
  const query = useVisitTimesheets(visitId);
  const [editing, setEditing] = useState<Timesheet | null>(null);

  function body() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
    if (!query.data) return <Skeleton height={60} />;
    if (query.data.items.length === 0) return <Text c="dimmed" size="sm">{t('none')}</Text>;
    return (
      <Table verticalSpacing={4} fz="sm">
        <Table.Tbody>
          {query.data.items.map((sheet) => (
            <Table.Tr key={sheet.id}>
              <Table.Td>
                <Text size="sm" fw={600}>{sheet.staffName}</Text>
                {sheet.clockInPosition ? <Text size="xs" c="dimmed">{t('position', { accuracy: Math.round(sheet.clockInPosition.accuracy ?? 0) })}</Text> : null}
                {sheet.correctedAt ? <Text size="xs" c="dimmed">{t('corrected')}</Text> : null}
              </Table.Td>
              <Table.Td>
                {t('clockedIn')} <PlaceTime at={sheet.clockedInAt} zone={timeZone} show="time" />
                <br />
                {sheet.clockedOutAt ? (
                  <>
                    {t('clockedOut')} <PlaceTime at={sheet.clockedOutAt} zone={timeZone} show="time" />
                  </>
                ) : (
                  <Text component="span" fw={700} size="sm">{t('stillOnSite')}</Text>
                )}
              </Table.Td>
              {canCorrect ? (
                <Table.Td align="right">
                  <Button size="xs" variant="light" onClick={() => { setEditing(sheet); }}>
                    {t('correct')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }

  return (
    <div>
      <Text fw={700} mb={4}>
        {t('title')}
      </Text>
      {body()}
      <Modal opened={editing !== null} onClose={() => { setEditing(null); }} title={<Text fw={700}>{editing ? t('correctTitle', { name: editing.staffName }) : ''}</Text>} centered>
        {editing ? <CorrectionForm key={editing.id} sheet={editing} onDone={() => { setEditing(null); }} /> : null}
      </Modal>
    </div>
  );
}
