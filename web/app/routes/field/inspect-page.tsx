import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { IconArrowLeft, IconCircleCheck, IconClipboardCheck, IconCloudUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInspection, Inspection, InspectionForm as Form } from '../../../../shared/features/inspections/inspections.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { useCreateInspection } from '../../../features/inspections/api/create-inspection.ts';
import { useInspectionForm } from '../../../features/inspections/api/get-inspection-form.ts';
import { useSendFieldInspection, type FieldInspection } from '../../../features/inspections/api/send-field-inspection.ts';
import { uploadInspectionPhoto } from '../../../features/inspections/api/upload-inspection-photo.ts';
import { InspectionForm, type KeptPhoto } from '../../../features/inspections/components/inspection-form.tsx';
import { ScoreBadge } from '../../../features/inspections/components/score.tsx';
import { LocationSelect } from '../../../features/locations/components/location-select.tsx';
import { newClientId } from '../../../lib/offline-queue.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const fieldRoute = getRouteApi('/field');

/** Once saved: the score, and a way to inspect another location. */
function Saved({ inspection, onAnother }: { inspection: Inspection; onAnother: () => void }) {
  const { t } = useTranslation('qualityChecks');
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm" align="flex-start">
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('saved.title')} w="100%">
          {t('saved.text', { location: inspection.locationName })}
        </Alert>
        <ScoreBadge score={inspection.score} size="xl" />
        <Button variant="default" onClick={onAnother}>
          {t('saved.another')}
        </Button>
      </Stack>
    </Card>
  );
}

/** Saved on the phone without a signal: it goes by itself, and the list above says it still waits. */
function Waiting({ location, onAnother }: { location: string; onAnother: () => void }) {
  const { t } = useTranslation('qualityChecks');
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm" align="flex-start">
        <Alert color="orange" icon={<IconCloudUpload aria-hidden />} title={t('waiting.title')} w="100%" role="status">
          {t('waiting.text', { location })}
        </Alert>
        <Button variant="default" onClick={onAnother}>
          {t('saved.another')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The ids of one inspection in the field, made at its first save: saving again after a lost answer sends the same ones. */
type FieldIds = { clientId: string; inspectedAt: string; photos: Map<File, string> };

/**
 * Saving in the field app: through the offline queue, the inspection first and then the photos
 * picked without a signal. Answers the inspection, or `null` while it waits on the phone.
 */
function useFieldSave(ownerId: string) {
  const { t } = useTranslation('qualityChecks');
  const send = useSendFieldInspection(ownerId);
  const ids = useRef<FieldIds | null>(null);
  function save(form: Form, body: CreateInspection, kept: KeptPhoto[], onDone: (inspection: Inspection | null) => void) {
    const made = (ids.current ??= { clientId: newClientId(), inspectedAt: new Date().toISOString(), photos: new Map() });
    const photoId = (file: File) => made.photos.get(file) ?? made.photos.set(file, newClientId()).get(file)!;
    const write: FieldInspection = {
      clientId: made.clientId,
      inspectedAt: made.inspectedAt,
      body,
      label: t('queue.inspection', { location: form.locationName }),
      photos: kept.map((photo) => ({ clientId: photoId(photo.file), area: photo.area, file: photo.file, label: t('queue.photo', { area: photo.areaName, location: form.locationName }) })),
    };
    send.mutate(write, { onSuccess: onDone });
  }
  function reset() {
    ids.current = null;
    send.reset();
  }
  return { save, reset, isPending: send.isPending, error: send.error };
}

/**
 * A supervisor or manager inspects a location: chooses it, then rates each area of its plan. Phone
 * first; the office uses it too. In the field app (`ownerId`, whose queue it is) a save without a
 * signal waits on the phone, with the photos picked meanwhile; the office saves directly.
 */
export function InspectLocation({ ownerId }: { ownerId?: string }) {
  const { t } = useTranslation('qualityChecks');
  const [locationId, setLocationId] = useState<string | undefined>();
  const [saved, setSaved] = useState<Inspection | null>(null);
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  const form = useInspectionForm(locationId);
  const create = useCreateInspection();
  const field = useFieldSave(ownerId ?? '');
  const saving = ownerId ? field : create;
  usePageTitle(t('inspect.title'));

  function startAgain() {
    setSaved(null);
    setWaitingFor(null);
    setLocationId(undefined);
    create.reset();
    field.reset();
  }
  function submit(loaded: Form, body: CreateInspection, kept: KeptPhoto[]) {
    if (!ownerId) {
      create.mutate(body, { onSuccess: setSaved });
      return;
    }
    field.save(loaded, body, kept, (inspection) => {
      if (inspection) setSaved(inspection);
      else setWaitingFor(loaded.locationName);
    });
  }

  if (saved) return <Saved inspection={saved} onAnother={startAgain} />;
  if (waitingFor) return <Waiting location={waitingFor} onAnother={startAgain} />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} fz={28}>
          {t('inspect.title')}
        </Title>
        <Text c="dimmed">{t('inspect.description')}</Text>
      </div>
      <LocationSelect label={t('inspect.location')} value={locationId} onChange={(next) => { setLocationId(next); create.reset(); field.reset(); }} w="100%" />
      {!locationId ? null : form.isError ? (
        <LoadErrorAlert error={form.error} onRetry={() => void form.refetch()} title={t('inspect.loadFailed')} />
      ) : !form.data ? (
        <PageLoader />
      ) : form.data.areas.length === 0 ? (
        <Card withBorder radius="lg">
          <EmptyState icon={<IconClipboardCheck size={28} />} title={t('inspect.noAreas')} description={t('inspect.noAreasText', { location: form.data.locationName })} />
        </Card>
      ) : (
        <InspectionForm
          key={locationId}
          form={form.data}
          upload={(file) => uploadInspectionPhoto(locationId, file)}
          keepWhenUnreachable={ownerId !== undefined}
          submitting={saving.isPending}
          error={saving.error}
          onSubmit={(body, kept) => { submit(form.data, body, kept); }}
        />
      )}
    </Stack>
  );
}

/** In the field app, a way back to the day's visits above the form. */
export function FieldInspectPage() {
  const { t } = useTranslation('qualityChecks');
  const { me } = fieldRoute.useRouteContext();
  return (
    <Stack gap="sm">
      <AnchorLink to="/field" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('inspect.back')}
        </Group>
      </AnchorLink>
      <InspectLocation ownerId={me.user.id} />
    </Stack>
  );
}
