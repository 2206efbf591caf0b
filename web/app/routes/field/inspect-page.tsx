import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconClipboardCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../../shared/features/inspections/inspections.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { useCreateInspection } from '../../../features/inspections/api/create-inspection.ts';
import { useInspectionForm } from '../../../features/inspections/api/get-inspection-form.ts';
import { uploadInspectionPhoto } from '../../../features/inspections/api/upload-inspection-photo.ts';
import { InspectionForm } from '../../../features/inspections/components/inspection-form.tsx';
import { ScoreBadge } from '../../../features/inspections/components/score.tsx';
import { LocationSelect } from '../../../features/locations/components/location-select.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

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

/** A supervisor or manager inspects a location: chooses it, then rates each area of its plan. Phone first; the office uses it too. */
export function InspectLocation() {
  const { t } = useTranslation('qualityChecks');
  const [locationId, setLocationId] = useState<string | undefined>();
  const [saved, setSaved] = useState<Inspection | null>(null);
  const form = useInspectionForm(locationId);
  const create = useCreateInspection();
  usePageTitle(t('inspect.title'));

  if (saved) {
    return (
      <Saved
        inspection={saved}
        onAnother={() => {
          setSaved(null);
          setLocationId(undefined);
          create.reset();
        }}
      />
    );
  }
  return (
    <Stack gap="md">
      <div>
        <Title order={1} fz={28}>
          {t('inspect.title')}
        </Title>
        <Text c="dimmed">{t('inspect.description')}</Text>
      </div>
      <LocationSelect label={t('inspect.location')} value={locationId} onChange={(next) => { setLocationId(next); create.reset(); }} w="100%" />
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
          submitting={create.isPending}
          error={create.error}
          onSubmit={(body) => { create.mutate(body, { onSuccess: setSaved }); }}
        />
      )}
    </Stack>
  );
}

/** In the field app, a way back to the day's visits above the form. */
export function FieldInspectPage() {
  const { t } = useTranslation('qualityChecks');
  return (
    <Stack gap="sm">
      <AnchorLink to="/field" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('inspect.back')}
        </Group>
      </AnchorLink>
      <InspectLocation />
    </Stack>
  );
}
