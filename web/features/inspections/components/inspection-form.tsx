import { Button, Fieldset, Group, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { inspectionScore } from '../../../../shared/features/inspections/inspection-score.ts';
import { scaleRatings, type CreateInspection, type InspectionForm as Form, type InspectionScale } from '../../../../shared/features/inspections/inspections.contract.ts';
import { FileUploadButton, FileUploadList } from '../../../components/file-uploads.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useFileUploads } from '../../../lib/use-file-uploads.ts';
import { formatScore, ratingWords } from './score.tsx';

type Entry = { rating: number | null; comment: string; attachmentIds: string[]; uploading: boolean; kept: File[] };
const blank: Entry = { rating: null, comment: '', attachmentIds: [], uploading: false, kept: [] };

/** A photo picked without a signal: the form hands it over with the area's position, to follow the inspection through the queue. */
export type KeptPhoto = { area: number; areaName: string; file: File };
const notRated = 'none';

interface AreaFieldsProps {
  name: string;
  scale: InspectionScale;
  entry: Entry;
  onChange: (change: Partial<Entry>) => void;
  upload: ((file: File) => Promise<Attachment>) | undefined;
  keepWhenUnreachable: boolean;
  error: string | undefined;
}

/** One area: its rating on the company's scale (or not rated), a comment and photos. */
function AreaFields({ name, scale, entry, onChange, upload, keepWhenUnreachable, error }: AreaFieldsProps) {
  const { t } = useTranslation('qualityChecks');
  const uploads = useFileUploads(upload ?? (() => Promise.reject(new Error('no uploads'))), undefined, { keepWhenUnreachable });
  const ids = uploads.attachmentIds.join(',');
  const keptKeys = uploads.kept.map((item) => item.key).join(',');
  useEffect(() => {
    onChange({ attachmentIds: ids ? ids.split(',') : [], uploading: uploads.uploading, kept: uploads.kept.map((item) => item.file) });
    // onChange is a new function each render; only the uploads' state matters here.
  }, [ids, uploads.uploading, keptKeys]);
  const options = [...scaleRatings[scale]].reverse();
  return (
    <Fieldset legend={name} radius="md">
      <Stack gap="sm">
        <Radio.Group
          label={t('form.rating')}
          value={entry.rating === null ? notRated : String(entry.rating)}
          onChange={(value) => { onChange({ rating: value === notRated ? null : Number(value) }); }}
          error={error}
        >
          <Group gap="md" mt={6}>
            {options.map((rating) => (
              <Radio key={rating} value={String(rating)} label={ratingWords(t, scale, rating)} size="md" />
            ))}
            <Radio value={notRated} label={t('rating.notRated')} size="md" />
          </Group>
        </Radio.Group>
        <Textarea label={t('form.comment')} value={entry.comment} onChange={(event) => { onChange({ comment: event.currentTarget.value }); }} autosize minRows={2} maxLength={2000} />
        {upload ? (
          <Stack gap="xs">
            <FileUploadList uploads={uploads} />
            <div>
              <FileUploadButton uploads={uploads} label={t('form.addPhotos', { area: name })} />
            </div>
          </Stack>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

interface InspectionFormProps {
  form: Form;
  /** Where photos go; without it the form takes no photos. */
  upload?: (file: File) => Promise<Attachment>;
  /** In the field app: a photo picked without a signal is kept, and handed to `onSubmit` to send later. */
  keepWhenUnreachable?: boolean;
  /** Completed visits to choose from: required when given (a customer inspects a visit). */
  visits?: { id: string; name: string; startsAt: string }[];
  /** The location's clock, for the visits' days. */
  zone?: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (body: CreateInspection, kept: KeptPhoto[]) => void;
}

/** The inspection of a location: every area of its cleaning plan, and the score the ratings give so far. */
export function InspectionForm({ form, upload, keepWhenUnreachable = false, visits, zone, submitting, error, onSubmit }: InspectionFormProps) {
  const { t } = useTranslation('qualityChecks');
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [note, setNote] = useState('');
  const [visitId, setVisitId] = useState(visits?.[0]?.id ?? '');
  const entryOf = (areaId: string) => entries[areaId] ?? blank;
  const score = inspectionScore(form.scale, form.areas.map((area) => entryOf(area.areaId).rating));
  const uploading = Object.values(entries).some((entry) => entry.uploading);
  const fields = (error as { fields?: Record<string, string> } | null)?.fields ?? {};

  function submit() {
    onSubmit({
      locationId: form.locationId,
      visitId: visits ? visitId || null : null,
      note,
      areas: form.areas.map((area) => {
        const entry = entryOf(area.areaId);
        return { areaId: area.areaId, rating: entry.rating, comment: entry.comment, attachmentIds: entry.attachmentIds };
      }),
    }, form.areas.flatMap((area, position) => entryOf(area.areaId).kept.map((file) => ({ area: position, areaName: area.name, file }))));
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {visits ? (
          <NativeSelect
            label={t('form.visit')}
            data={visits.map((visit) => ({ value: visit.id, label: `${visit.name} — ${formatDate(visit.startsAt, zone)}` }))}
            value={visitId}
            onChange={(event) => { setVisitId(event.currentTarget.value); }}
            error={fields.visitId}
            size="md"
          />
        ) : null}
        {form.areas.map((area, index) => (
          <AreaFields
            key={area.areaId}
            name={area.name}
            scale={form.scale}
            entry={entryOf(area.areaId)}
            upload={upload}
            keepWhenUnreachable={keepWhenUnreachable}
            error={fields[`areas.${index}.rating`] ?? fields[`areas.${index}.areaId`]}
            onChange={(change) => { setEntries((current) => ({ ...current, [area.areaId]: { ...(current[area.areaId] ?? blank), ...change } })); }}
          />
        ))}
        <Textarea label={t('form.note')} value={note} onChange={(event) => { setNote(event.currentTarget.value); }} autosize minRows={2} maxLength={2000} />
        <Text fw={600} aria-live="polite">
          {score === null ? t('form.noScoreYet') : t('form.scoreSoFar', { score: formatScore(score) })}
        </Text>
        {error ? <FormErrorAlert error={error} /> : null}
        <Group>
          <Button type="submit" size="md" loading={submitting} disabled={uploading}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
