import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../../shared/features/inspections/inspections.contract.ts';
import { AttachmentThumbnails } from '../../../components/attachment-thumbnails.tsx';
import { ratingWords } from './score.tsx';

/** Each inspected area: its name when inspected, its rating, the comment and the photos. */
export function InspectionDetail({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation('qualityChecks');
  return (
    <Stack gap="sm">
      {inspection.note ? <Text>{inspection.note}</Text> : null}
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('detail.areas')}>
        {inspection.areas.map((area) => (
          <Stack key={area.id} component="li" gap={4} p="sm" style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-3)' }}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Title order={4} fz="md">
                {area.name}
              </Title>
              <Text fw={600} c={area.rating === null ? 'dimmed' : undefined} style={{ flexShrink: 0 }}>
                {ratingWords(t, inspection.scale, area.rating)}
              </Text>
            </Group>
            {area.comment ? <Text size="sm">{area.comment}</Text> : null}
            <AttachmentThumbnails attachments={area.photos} />
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}
