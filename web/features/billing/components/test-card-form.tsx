import { Alert, Button, Code, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupedCardNumber, testCards } from '../../../../shared/features/billing/test-cards.ts';
import { confirmTestSetupSchema } from '../../../../shared/features/billing/test-gateway.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useAddTestCard } from '../api/cards.ts';

/** The test gateway's numbers and what each does, for the form's hint. */
export function TestCardNumbers() {
  const { t } = useTranslation('portalPayments');
  const rows = [
    [testCards.succeeds, t('testGateway.succeeds')],
    [testCards.declines, t('testGateway.declines')],
    [testCards.secondStep, t('testGateway.secondStep')],
    [testCards.refundFails, t('testGateway.refundFails')],
  ] as const;
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0}>
      <Table.Tbody>
        {rows.map(([number, effect]) => (
          <Table.Tr key={number}>
            <Table.Td pr="sm" style={{ whiteSpace: 'nowrap' }}>
              <Code>{groupedCardNumber(number)}</Code>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{effect}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The test gateway's card form, standing in for a processor's own: the number is posted to
 * /api/test-gateway/… only; Porter's billing routes receive the finished set-up, never the number.
 */
export function TestCardForm({ slug, locationId, onDone, onCancel }: { slug: string; locationId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('portalPayments');
  const mutation = useAddTestCard(slug, locationId);
  const nextYear = new Date().getFullYear() + 1;
  const [values, setValues] = useState<{ number: string; expMonth: number | string; expYear: number | string; cvc: string }>({ number: '', expMonth: 12, expYear: nextYear, cvc: '' });
  const { errors, formProps } = useFormSubmit({
    schema: confirmTestSetupSchema.omit({ clientSecret: true }),
    mutation,
    read: () => ({ number: values.number, expMonth: Number(values.expMonth), expYear: Number(values.expYear), cvc: values.cvc }),
    onValid: (card) => { mutation.mutate(card, { onSuccess: onDone }); },
  });
  return (
    <Alert color="grape" variant="light" icon={<IconFlask size={20} />} title={t('testGateway.label')}>
      <Stack gap="sm">
        <Text size="sm">{t('testGateway.hint')}</Text>
        <TestCardNumbers />
        <form {...formProps}>
          <Stack gap="sm">
            <FormErrorAlert error={mutation.error} />
            <TextInput
              name="number"
              label={t('testGateway.number')}
              inputMode="numeric"
              autoComplete="off"
              value={values.number}
              error={errors.number}
              onChange={(event) => { setValues({ ...values, number: event.currentTarget.value }); }}
            />
            <Group grow gap="sm" align="flex-start">
              <NumberInput name="expMonth" label={t('testGateway.expMonth')} min={1} max={12} value={values.expMonth} error={errors.expMonth} onChange={(expMonth) => { setValues({ ...values, expMonth }); }} />
              <NumberInput name="expYear" label={t('testGateway.expYear')} min={2000} max={2100} value={values.expYear} error={errors.expYear} onChange={(expYear) => { setValues({ ...values, expYear }); }} />
              <TextInput name="cvc" label={t('testGateway.cvc')} inputMode="numeric" autoComplete="off" maxLength={4} value={values.cvc} error={errors.cvc} onChange={(event) => { setValues({ ...values, cvc: event.currentTarget.value }); }} />
            </Group>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onCancel}>
                {t('cards.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('cards.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Alert>
  );
}
