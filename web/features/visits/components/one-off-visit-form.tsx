import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { oneOffVisitInputSchema, type OneOffVisit } from '../../../../shared/features/visits/schedule.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateOneOffVisit } from '../api/create-one-off-visit.ts';
import { useScheduleTeam } from '../api/get-schedule-team.ts';
import { toMinorUnits } from '../../../../shared/i18n/money.ts';

export interface PlacePickerProps {
  customerId: string | undefined;
  locationId: string | undefined;
  onChange: (next: { customerId?: string | undefined; locationId?: string | undefined }) => void;
}

interface OneOffVisitFormProps {
  /** The day the form starts on: the one the schedule shows. */
  date: string;
  currency: string;
  /** Active catalogue services to choose from. */
  services: { id: string; name: string }[];
  /** The customer and location pickers, from the page (they belong to other features). */
  renderPlaces: (props: PlacePickerProps) => ReactNode;
  onCreated: (created: OneOffVisit) => void;
  onCancel: () => void;
}

/** A visit that happens once: where, what, when, for how much and who goes. */
export function OneOffVisitForm({ date, currency, services, renderPlaces, onCreated, onCancel }: OneOffVisitFormProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const mutation = useCreateOneOffVisit();
  const staff = useScheduleTeam();
  const [place, setPlace] = useState<{ customerId?: string | undefined; locationId?: string | undefined }>({});
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const { errors, formProps } = useFormSubmit({
    schema: oneOffVisitInputSchema,
    mutation,
    read: (data) => {
      const price = textField(data, 'price').trim();
      return {
        customerId: place.customerId ?? '',
        locationId: place.locationId ?? '',
        serviceId,
        name: textField(data, 'name'),
        date: textField(data, 'date'),
        time: textField(data, 'time'),
        durationMinutes: Number(textField(data, 'durationMinutes')),
        price: price === '' ? Number.NaN : toMinorUnits(Number(price), currency),
        teamIds,
        notes: textField(data, 'notes'),
      };
    },
    onValid: (body) => { mutation.mutate(body, { onSuccess: onCreated }); },
  });
  const placeError = errors.customerId ?? errors.locationId;

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <Stack gap={4}>
          {renderPlaces({ customerId: place.customerId, locationId: place.locationId, onChange: (next) => { setPlace((current) => ({ ...current, ...next })); } })}
          {placeError ? (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              {placeError}
            </Text>
          ) : null}
        </Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Select
            label={t('newVisit.service')}
            placeholder={t('newVisit.servicePlaceholder')}
            data={services.map((service) => ({ value: service.id, label: service.name }))}
            value={serviceId}
            onChange={setServiceId}
            searchable
            clearable
            size="md"
            comboboxProps={{ keepMounted: false }}
          />
          <TextInput name="name" label={t('newVisit.name')} description={t('newVisit.nameHint')} autoComplete="off" error={errors.name} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput type="date" name="date" label={t('move.date')} defaultValue={date} error={errors.date} />
          <TextInput type="time" name="time" label={t('move.time')} defaultValue="09:00" error={errors.time} />
          <NumberInput name="durationMinutes" label={t('move.duration')} defaultValue={120} min={15} max={1440} step={15} allowDecimal={false} size="md" error={errors.durationMinutes} />
          <NumberInput name="price" label={t('newVisit.price', { currency })} min={0} decimalScale={2} size="md" error={errors.price} />
        </SimpleGrid>
        <MultiSelect
          label={t('team.label')}
          data={(staff.data?.items ?? []).map((member) => ({ value: member.id, label: member.name }))}
          value={teamIds}
          onChange={setTeamIds}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('team.noMatch')}
          error={errors.teamIds}
          comboboxProps={{ keepMounted: false }}
          size="md"
        />
        <Textarea name="notes" label={t('drawer.notes')} autosize minRows={2} maxLength={1000} error={errors.notes} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('newVisit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
