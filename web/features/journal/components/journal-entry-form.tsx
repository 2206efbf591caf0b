import { Button, Group, NativeSelect, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journalCategories, journalEntryInputSchema, maxJournalTextLength } from '../../../../shared/features/journal/journal.contract.ts';
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { companyClock } from '../../../lib/format.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useWriteEntry } from '../api/write-entry.ts';

/** Today on the company's clock, as the date input writes days (YYYY-MM-DD). */
function today(): string {
  return dateTimeFormat('en-CA', { timeZone: companyClock(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A new entry: the day it happened (today unless changed), what it is about, and the words. */
export function JournalEntryForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation('journal');
  const write = useWriteEntry(customerId);
  const formRef = useRef<HTMLFormElement>(null);
  const [length, setLength] = useState(0);
  const { errors, formProps } = useFormSubmit({
    schema: journalEntryInputSchema,
    mutation: write,
    onValid: (values) =>
      write.mutate(values, {
        onSuccess: () => {
          notifySaved(t('form.added'));
          const text = formRef.current?.elements.namedItem('text');
          if (text instanceof HTMLTextAreaElement) text.value = '';
          setLength(0);
        },
      }),
  });
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <form ref={formRef} {...formProps} aria-labelledby="journal-form-title">
        <Stack gap="md">
          <Title order={2} fz="lg" id="journal-form-title">
            {t('form.title')}
          </Title>
          <FormErrorAlert error={write.error} />
          <Group grow align="flex-start" wrap="wrap" gap="md">
            <TextInput type="date" name="date" label={t('form.date')} description={t('form.dateHint')} defaultValue={today()} error={errors.date} required miw={180} />
            <NativeSelect name="category" label={t('form.category')} data={journalCategories.map((category) => ({ value: category, label: t(`categories.${category}`) }))} defaultValue="note" error={errors.category} miw={180} />
          </Group>
          <Textarea
            name="text"
            label={t('form.text')}
            placeholder={t('form.textPlaceholder')}
            error={errors.text}
            required
            autosize
            minRows={3}
            maxLength={maxJournalTextLength}
            description={`${length} / ${maxJournalTextLength}`}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            onChange={(event) => { setLength(event.currentTarget.value.length); }}
          />
          <Group>
            <Button type="submit" loading={write.isPending}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
