import { Alert, Button, Flex, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconHeart, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackRatings } from '../../../../shared/features/feedback/feedback.values.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateFeedback } from '../api/create-feedback.ts';
import { ratingFaces, ratingText } from './rating.tsx';

interface PortalFeedbackFormProps {
  slug: string;
  locationId: string;
  locationName: string;
  /** Rates this visit instead of the location in general: its question names the visit. */
  visit?: { id: string; question: string };
  /** After a rating is sent, instead of the thank-you and "give more feedback". */
  onSent?: () => void;
  /** On the dashboard: five faces in a row on every screen, their words from tablets up. */
  compact?: boolean;
}

/** The five-step scale as large buttons with faces, a note, and a thank-you once sent. */
export function PortalFeedbackForm({ slug, locationId, locationName, visit, onSent, compact = false }: PortalFeedbackFormProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const mutation = useCreateFeedback(slug);
  const [rating, setRating] = useState<string>('');
  const [sent, setSent] = useState(false);
  const { errors, formProps } = useFormSubmit({
    // Shown on the portal's home page: its checks load with the first rating sent, not with the page.
    schema: () => import('../../../../shared/features/feedback/feedback.contract.ts').then((contract) => contract.createFeedbackSchema),
    mutation,
    read: (data) => ({ locationId, visitId: visit?.id, rating: rating ? Number(rating) : undefined, note: textField(data, 'note') }),
    onValid: (values) => {
      mutation.mutate(values, {
        onSuccess: () => {
          setRating('');
          if (onSent) onSent();
          else setSent(true);
        },
      });
    },
  });

  if (sent) {
    return (
      <Alert color="teal" variant="light" icon={<IconHeart size={20} />} title={t('form.thanksTitle')} role="status">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('form.thanks', { location: locationName })}</Text>
          <Button
            variant="outline"
            color="teal"
            onClick={() => {
              mutation.reset();
              setSent(false);
            }}
          >
            {t('form.more')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  return (
    <form {...formProps}>
      <Stack gap="lg">
        <FormErrorAlert error={mutation.error} />
        <Radio.Group
          name="rating"
          label={visit?.question ?? t('form.question')}
          description={t('form.ratingFor', { location: locationName })}
          value={rating}
          onChange={setRating}
          error={errors.rating}
          size="md"
        >
          <SimpleGrid cols={compact ? 5 : { base: 1, xs: 5 }} spacing={compact ? 6 : 'sm'} mt="sm">
            {feedbackRatings.map(({ value }) => {
              const { icon: Face, color } = ratingFaces[value];
              const label = ratingText(t, value);
              const checked = rating === String(value);
              return (
                <Radio.Card
                  key={value}
                  value={String(value)}
                  aria-label={label}
                  radius="lg"
                  p={compact ? 'xs' : 'md'}
                  style={{
                    borderWidth: 2,
                    borderColor: checked ? `var(--mantine-color-${color}-6)` : undefined,
                    background: checked ? `var(--mantine-color-${color}-0)` : undefined,
                  }}
                >
                  <Flex direction={compact ? 'column' : { base: 'row', xs: 'column' }} align="center" justify="flex-start" gap="sm" h="100%">
                    <Face size={compact ? 32 : 40} stroke={1.6} color={`var(--mantine-color-${color}-7)`} aria-hidden style={{ flexShrink: 0 }} />
                    <Text fw={checked ? 700 : 500} size="sm" ta="center" lh={1.25} visibleFrom={compact ? 'sm' : undefined}>
                      {label}
                    </Text>
                  </Flex>
                </Radio.Card>
              );
            })}
          </SimpleGrid>
        </Radio.Group>
        <Textarea
          name="note"
          label={t('common:fields.note')}
          description={t('form.noteHint')}
          autosize
          minRows={compact ? 2 : 3}
          size="md"
          error={errors.note}
        />
        <Group>
          <Button type="submit" size="md" leftSection={<IconSend size={18} aria-hidden />} loading={mutation.isPending}>
            {t('form.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
