import { Button, Card, Collapse, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { useCreatePortalInspection } from '../../../features/inspections/api/create-portal-inspection.ts';
import { usePortalInspection } from '../../../features/inspections/api/get-portal-inspection.ts';
import { usePortalInspectionForm } from '../../../features/inspections/api/get-portal-inspection-form.ts';
import { uploadPortalInspectionPhoto } from '../../../features/inspections/api/upload-portal-inspection-photo.ts';
import { usePortalInspectionTrend } from '../../../features/inspections/api/get-portal-inspection-trend.ts';
import { usePortalInspections } from '../../../features/inspections/api/get-portal-inspections.ts';
import { InspectionDetail } from '../../../features/inspections/components/inspection-detail.tsx';
import { InspectionForm } from '../../../features/inspections/components/inspection-form.tsx';
import { InspectionList } from '../../../features/inspections/components/inspection-list.tsx';
import { ScoreBadge } from '../../../features/inspections/components/score.tsx';
import { ScoreTrendChart } from '../../../features/inspections/components/score-trend-chart.tsx';
import { FeatureUnavailable } from '../../../features/portal/components/feature-unavailable.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const pageSize = 10;

function Detail({ slug, id }: { slug: string; id: string }) {
  const query = usePortalInspection(slug, id);
  if (!query.data) return <PageLoader />;
  return <InspectionDetail inspection={query.data} />;
}

function Trend({ slug, locationId, zone }: { slug: string; locationId: string; zone: string }) {
  const { t } = useTranslation('qualityChecks');
  const trend = usePortalInspectionTrend(slug, locationId);
  if (!trend.data) return null;
  const latest = trend.data.points.at(-1);
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="trend-title">
      <Stack gap="sm">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Title order={2} fz="lg" id="trend-title">
            {t('portal.trend')}
          </Title>
          {latest ? <ScoreBadge score={latest.score} size="xl" /> : null}
        </div>
        <ScoreTrendChart points={trend.data.points} zone={zone} locationName={trend.data.locationName} />
      </Stack>
    </Card>
  );
}

/** When the company takes customers' inspections: a button that opens the form for a completed visit. */
function InspectVisit({ slug, locationId, zone, readOnly }: { slug: string; locationId: string; zone: string; readOnly: boolean }) {
  const { t } = useTranslation('qualityChecks');
  const [open, setOpen] = useState(false);
  const form = usePortalInspectionForm(slug, locationId);
  const create = useCreatePortalInspection(slug);
  if (!form.data || form.data.visits.length === 0 || form.data.areas.length === 0) return null;
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Text>{t('portal.inspectText')}</Text>
        <div>
          <Button variant={open ? 'default' : 'filled'} onClick={() => { setOpen((o) => !o); }} aria-expanded={open}>
            {t('portal.inspect')}
          </Button>
        </div>
        <Collapse expanded={open}>
          <ReadOnlyFieldset readOnly={readOnly}>
            <InspectionForm
              form={form.data}
              upload={(file) => uploadPortalInspectionPhoto(slug, locationId, file)}
              visits={form.data.visits}
              zone={zone}
              submitting={create.isPending}
              error={create.error}
              onSubmit={(body) => { create.mutate(body, { onSuccess: () => { setOpen(false); create.reset(); } }); }}
            />
          </ReadOnlyFieldset>
        </Collapse>
      </Stack>
    </Card>
  );
}

function QualityChecks({ slug, locationId, zone, readOnly }: { slug: string; locationId: string; zone: string; readOnly: boolean }) {
  const { t } = useTranslation('qualityChecks');
  const [page, setPage] = useState(1);
  const list = usePortalInspections(slug, locationId, page);
  if (list.isError && !list.data) return <LoadErrorAlert error={list.error} onRetry={() => void list.refetch()} title={t('portal.loadFailed')} />;
  if (!list.data) return <PageLoader />;
  return (
    <Stack gap="xl">
      <Trend slug={slug} locationId={locationId} zone={zone} />
      <InspectVisit slug={slug} locationId={locationId} zone={zone} readOnly={readOnly} />
      <section aria-labelledby="checks-title">
        <Title order={2} fz="lg" id="checks-title" mb="sm">
          {t('portal.list')}
        </Title>
        {list.data.items.length === 0 ? (
          <Card withBorder radius="lg">
            <EmptyState icon={<IconClipboardCheck size={28} />} title={t('portal.empty')} description={t('portal.emptyText')} />
          </Card>
        ) : (
          <Stack gap="md">
            <InspectionList items={list.data.items} showPlace={false} renderDetail={(id) => <Detail slug={slug} id={id} />} />
            <PaginationFooter page={page} pageSize={pageSize} total={list.data.total} onPageChange={setPage} />
          </Stack>
        )}
      </section>
    </Stack>
  );
}

export function PortalQualityChecksPage() {
  const { t } = useTranslation('qualityChecks');
  const { slug, me, location, readOnly } = usePortalPage();
  usePageTitle(t('portal.title'), me.company.displayName);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('portal.title')} description={location ? t('portal.description', { location: location.name }) : undefined} />
      {readOnly ? <ReadOnlyNotice /> : null}
      {location?.features.qualityChecks ? (
        <QualityChecks key={location.id} slug={slug} locationId={location.id} zone={location.timeZone} readOnly={readOnly} />
      ) : (
        <FeatureUnavailable slug={slug} feature="qualityChecks" locationName={location?.name ?? null} companyName={me.company.displayName} />
      )}
    </Stack>
  );
}
