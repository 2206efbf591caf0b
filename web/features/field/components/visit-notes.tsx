import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCloudUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxVisitNoteLength, type VisitNote, type VisitWork } from '../../../../shared/features/field/checklist.contract.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import { formatTime } from '../../../lib/format.ts';
import type { QueuedWrite } from '../../../lib/offline-queue.ts';
import { notesPath, useAddNote } from '../api/visit-work-writes.ts';

/** The start of a note, enough to tell it apart in the list of what waits to send. */
const snippet = (text: string) => (text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text);

/** One note, with what it is for: the customer's report, or a problem the office was told about. */
export function NoteItem({ note, timeZone, waiting = false }: { note: Pick<VisitNote, 'text' | 'forCustomer' | 'problem'> & Partial<VisitNote>; timeZone: string; waiting?: boolean }) {
  const { t } = useTranslation('field');
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="xs" mb={4}>
        {note.problem ? (
          <Badge color="red" variant="light">
            {t('work.problem')}
          </Badge>
        ) : null}
        {note.forCustomer ? (
          <Badge color="teal" variant="light">
            {t('work.forCustomer')}
          </Badge>
        ) : null}
        <Text size="xs" c="dimmed">
          {waiting ? t('work.waiting') : note.author && note.createdAt ? `${note.author} · ${formatTime(note.createdAt, timeZone)}` : null}
        </Text>
      </Group>
      <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{note.text}</Text>
    </Paper>
  );
}

/** Notes on my visit: for the team, for the customer's report, or flagging a problem for the office. */
export function VisitNotes({ visitId, work, timeZone, ownerId, waiting }: { visitId: string; work: VisitWork; timeZone: string; ownerId: string; waiting: QueuedWrite[] }) {
  const { t } = useTranslation('field');
  const add = useAddNote(visitId, ownerId);
  const [text, setText] = useState('');
  const [forCustomer, setForCustomer] = useState(false);
  const [problem, setProblem] = useState(false);
  const kept = waiting.filter((write) => write.path === notesPath(visitId));

  function submit() {
    add.mutate(
      { note: { text, forCustomer, problem }, label: t(problem ? 'work.problemLabel' : 'work.noteLabel', { text: snippet(text) }) },
      {
        onSuccess: () => {
          setText('');
          setForCustomer(false);
          setProblem(false);
        },
      },
    );
  }

  return (
    <Stack gap="sm">
      {work.notes.length === 0 && kept.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('work.noNotes')}
        </Text>
      ) : null}
      {work.notes.map((note) => (
        <NoteItem key={note.id} note={note} timeZone={timeZone} />
      ))}
      {kept.map((write) => (
        <NoteItem key={write.clientId} note={{ text: String(write.body.text), forCustomer: write.body.forCustomer === true, problem: write.body.problem === true }} timeZone={timeZone} waiting />
      ))}
      {work.canChange ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('work.newNote')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              maxLength={maxVisitNoteLength}
              autosize
              minRows={2}
              description={t('work.noteLength', { count: text.length, maximum: maxVisitNoteLength })}
            />
            <Checkbox label={t('work.showCustomer')} checked={forCustomer} onChange={(event) => setForCustomer(event.currentTarget.checked)} />
            <Checkbox label={t('work.flagProblem')} description={t('work.flagProblemHint')} color="red" checked={problem} onChange={(event) => setProblem(event.currentTarget.checked)} />
            <Button type="submit" variant="light" leftSection={kept.length > 0 ? <IconCloudUpload size={18} aria-hidden /> : undefined} disabled={text.trim() === ''} loading={add.isPending}>
              {problem ? t('work.sendProblem') : t('work.addNote')}
            </Button>
            {add.isError ? (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
                {errorMessage(add.error)}
              </Alert>
            ) : null}
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
