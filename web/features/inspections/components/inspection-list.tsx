import { Accordion, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionSummary } from '../../../../shared/features/inspections/inspections.contract.ts';
import { PlaceTime } from '../../../components/place-time.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { ScoreBadge } from './score.tsx';

interface InspectionListProps {
  items: InspectionSummary[];
  /** The office names the customer and location of each; the portal shows one location's. */
  showPlace: boolean;
  /** An opened inspection's areas, fetched when it opens. */
  renderDetail: (id: string) => ReactNode;
}

/** Inspections newest first, each opening to its areas. */
export function InspectionList({ items, showPlace, renderDetail }: InspectionListProps) {
  const { t } = useTranslation('qualityChecks');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Accordion variant="separated" radius="md" chevronPosition="right" value={open} onChange={setOpen}>
      {items.map((item) => (
        <Accordion.Item key={item.id} value={item.id}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600}>
                  <PlaceTime at={item.inspectedAt} zone={item.locationTimeZone} show="date" />
                  {showPlace ? ` · ${item.customerName} — ${item.locationName}` : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(item.byCustomer ? 'list.byCustomer' : 'list.by', { name: item.inspectorName })} ·{' '}
                  {t('list.rated', { rated: formatNumber(item.ratedAreas), count: item.areaCount, total: formatNumber(item.areaCount) })}
                </Text>
              </Stack>
              <ScoreBadge score={item.score} />
            </Group>
          </Accordion.Control>
          <Accordion.Panel>{open === item.id ? renderDetail(item.id) : null}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
