import { Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maxTermsLength, type Quote, type QuoteInput } from '../../../../shared/features/billing/quotes.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useTaxRates } from '../api/quotes.ts';
import { LineEditor, type EditableLine } from './line-editor.tsx';

export interface QuotePlace {
  customerId: string | undefined;
  locationId: string | undefined;
}

interface QuoteFormProps {
  /** The draft being changed; none for a new quote. */
  quote?: Quote;
  currency: string;
  /** Today on the company's clock: the earliest validity date. */
  today: string;
  /** The customer and location pickers (other features' selects, composed by the route). */
  renderPlace: (place: QuotePlace, onChange: (place: QuotePlace) => void, errors: Record<string, string>) => ReactNode;
  onSubmit: (input: QuoteInput) => void;
  onCancel: () => void;
  saving: boolean;
  error: unknown;
}

const emptyLine: EditableLine = { description: '', quantity: 100, unitPrice: 0, discount: 0, taxRateId: null };

/** A quote's title, place, validity, terms and lines; saved as a draft. */
export function QuoteForm({ quote, currency, today, renderPlace, onSubmit, onCancel, saving, error }: QuoteFormProps) {
  const { t } = useTranslation('quotes');
  const taxRates = useTaxRates();
  const [place, setPlace] = useState<QuotePlace>({ customerId: quote?.customerId, locationId: quote?.locationId });
  const [title, setTitle] = useState(quote?.title ?? '');
  const [validUntil, setValidUntil] = useState(quote?.validUntil ?? today);
  const [terms, setTerms] = useState(quote?.terms ?? '');
  const [lines, setLines] = useState<EditableLine[]>(
    quote?.lines.map((line) => ({ description: line.description, quantity: line.quantity, unitPrice: line.unitPrice, discount: line.discount, taxRateId: line.taxRateId })) ?? [emptyLine],
  );
  const errors = isApiError(error) ? error.fields : {};

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ customerId: place.customerId ?? '', locationId: place.locationId ?? '', title, validUntil, terms, lines });
      }}
    >
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md">
          <FormErrorAlert error={error} />
          {renderPlace(place, setPlace, errors)}
          <TextInput label={t('form.title')} description={t('form.titleHint')} value={title} onChange={(e) => { setTitle(e.currentTarget.value); }} error={errors.title} required maxLength={200} />
          <TextInput type="date" label={t('form.validUntil')} description={t('form.validUntilHint')} value={validUntil} min={today} onChange={(e) => { setValidUntil(e.currentTarget.value); }} error={errors.validUntil} required w={{ base: '100%', xs: 220 }} />
          <Textarea label={t('form.terms')} description={t('form.termsHint')} value={terms} onChange={(e) => { setTerms(e.currentTarget.value); }} error={errors.terms} autosize minRows={5} maxRows={16} maxLength={maxTermsLength} required />
          <Title order={2} fz="md">
            {t('form.lines')}
          </Title>
          <LineEditor lines={lines} onChange={setLines} currency={currency} taxRates={taxRates.data?.items ?? []} errors={errors} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}
