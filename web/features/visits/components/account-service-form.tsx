import { ActionIcon, Button, Chip, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdays, type Frequency, type Weekday } from '../../../../shared/features/visits/frequency.ts';
import type { RateModification } from '../../../../shared/features/visits/price.ts';
import { accountServiceInputSchema, type AccountService, type AccountServiceInput } from '../../../../shared/features/visits/visits.contract.ts';
import { fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { formatLocale } from '../../../lib/i18n.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { weekdayName } from '../frequency-words.ts';

export interface FormChoices {
  locations: { id: string; name: string }[];
  services: { id: string; name: string }[];
  staff: { id: string; name: string }[];
  currency: string;
}

interface AccountServiceFormProps {
  /** The service being changed; none adds a new one. */
  service?: AccountService;
  choices: FormChoices;
  mutation: UseMutationResult<AccountService, Error, AccountServiceInput>;
  onSaved: (service: AccountService) => void;
  onCancel: () => void;
}

type Kind = Frequency['kind'];
type Nth = Extract<Frequency, { kind: 'monthlyByWeekday' }>['nth'];

interface Draft {
  locationId: string | null;
  serviceId: string | null;
  name: string;
  kind: Kind;
  interval: number;
  days: Weekday[];
  day: number;
  nth: Nth;
  weekday: Weekday;
  startDate: string;
  startTime: string;
  durationMinutes: number | string;
  /** In major units, as people type prices. */
  price: number | string;
  rateModifications: { name: string; kind: 'fixed' | 'percent'; amount: number | string }[];
  teamIds: string[];
  notes: string;
  endsOn: string;
}

function draftOf(service: AccountService | undefined, choices: FormChoices): Draft {
  const frequency = service?.frequency ?? { kind: 'weekly', interval: 1, days: ['MO'] };
  const major = (minor: number) => fromMinorUnits(minor, choices.currency);
  return {
    locationId: service?.locationId ?? (choices.locations.length === 1 ? choices.locations[0]!.id : null),
    serviceId: service?.serviceId ?? null,
    name: service && !service.serviceId ? service.name : (service?.name ?? ''),
    kind: frequency.kind,
    interval: 'interval' in frequency ? frequency.interval : 1,
    days: frequency.kind === 'weekly' ? frequency.days : ['MO'],
    day: frequency.kind === 'monthlyByDate' ? frequency.day : 1,
    nth: frequency.kind === 'monthlyByWeekday' ? frequency.nth : 1,
    weekday: frequency.kind === 'monthlyByWeekday' ? frequency.weekday : 'MO',
    startDate: service?.startDate ?? '',
    startTime: service?.startTime ?? '09:00',
    durationMinutes: service?.durationMinutes ?? 120,
    price: service ? major(service.price) : '',
    rateModifications: (service?.rateModifications ?? []).map((m) => ({ ...m, amount: m.kind === 'fixed' ? major(m.amount) : m.amount / 100 })),
    teamIds: service?.team.map((member) => member.id) ?? [],
    notes: service?.notes ?? '',
    endsOn: service?.endsOn ?? '',
  };
}

function frequencyOf(draft: Draft): Frequency {
  switch (draft.kind) {
    case 'once':
      return { kind: 'once' };
    case 'weekly':
      return { kind: 'weekly', interval: draft.interval, days: draft.days };
    case 'monthlyByDate':
      return { kind: 'monthlyByDate', interval: draft.interval, day: draft.day };
    case 'monthlyByWeekday':
      return { kind: 'monthlyByWeekday', interval: draft.interval, nth: draft.nth, weekday: draft.weekday };
  }
}

/** Money and percentages are typed as people write them and sent as integers: minor units, hundredths of a percent. */
function inputOf(draft: Draft, currency: string): unknown {
  const number = (value: number | string) => (value === '' ? undefined : Number(value));
  const money = (value: number | string) => (value === '' ? undefined : toMinorUnits(Number(value), currency));
  // Hundredths of a percent: 12.5% is 1250.
  const percent = (value: number | string) => (value === '' ? undefined : Math.round(Number(value) * 100));
  return {
    locationId: draft.locationId ?? '',
    serviceId: draft.serviceId,
    name: draft.name,
    frequency: frequencyOf(draft),
    startDate: draft.startDate,
    startTime: draft.startTime,
    durationMinutes: number(draft.durationMinutes),
    price: money(draft.price),
    rateModifications: draft.rateModifications.map((m) => ({ name: m.name, kind: m.kind, amount: m.kind === 'fixed' ? money(m.amount) : percent(m.amount) })),
    teamIds: draft.teamIds,
    notes: draft.notes,
    endsOn: draft.kind === 'once' || draft.endsOn === '' ? null : draft.endsOn,
  };
}

const nths: Nth[] = [1, 2, 3, 4, -1];
const nthKeys = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

/** A service on the customer's account: what, where, how often, when, for how long, for how much, and by whom. */
export function AccountServiceForm({ service, choices, mutation, onSaved, onCancel }: AccountServiceFormProps) {
  const { t } = useTranslation(['accountServices', 'visits', 'common']);
  const [draft, setDraft] = useState<Draft>(() => draftOf(service, choices));
  const set = (patch: Partial<Draft>) => { setDraft((current) => ({ ...current, ...patch })); };
  const locale = formatLocale();
  const { errors, formProps } = useFormSubmit({
    schema: accountServiceInputSchema,
    mutation,
    read: () => inputOf(draft, choices.currency),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });
  const catalogueName = choices.services.find((s) => s.id === draft.serviceId)?.name;
  const setModification = (index: number, patch: Partial<Draft['rateModifications'][number]>) => {
    set({ rateModifications: draft.rateModifications.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  };

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            name="locationId"
            label={t('form.location')}
            data={choices.locations.map((l) => ({ value: l.id, label: l.name }))}
            value={draft.locationId}
            onChange={(locationId) => { set({ locationId }); }}
            error={errors.locationId}
            allowDeselect={false}
            data-autofocus
          />
          <Select
            name="serviceId"
            label={t('form.catalogueService')}
            description={t('form.catalogueServiceHint')}
            data={choices.services.map((s) => ({ value: s.id, label: s.name }))}
            value={draft.serviceId}
            onChange={(serviceId) => { set({ serviceId }); }}
            error={errors.serviceId}
            clearable
            searchable
          />
        </SimpleGrid>
        <TextInput
          name="name"
          label={t('form.name')}
          description={catalogueName ? t('form.nameHintCatalogue', { name: catalogueName }) : t('form.nameHint')}
          placeholder={catalogueName}
          value={draft.name}
          onChange={(event) => { set({ name: event.currentTarget.value }); }}
          error={errors.name}
          autoComplete="off"
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('form.frequency')}
            data={(['once', 'weekly', 'monthlyByDate', 'monthlyByWeekday'] as const).map((kind) => ({ value: kind, label: t(`form.kinds.${kind}`) }))}
            value={draft.kind}
            onChange={(kind) => { set({ kind: (kind ?? 'weekly') as Kind }); }}
            allowDeselect={false}
          />
          {draft.kind === 'once' ? null : (
            <NumberInput
              name="frequency.interval"
              label={draft.kind === 'weekly' ? t('form.everyWeeks') : t('form.everyMonths')}
              min={1}
              max={12}
              value={draft.interval}
              onChange={(value) => { set({ interval: Number(value) || 1 }); }}
              error={errors['frequency.interval']}
            />
          )}
        </SimpleGrid>
        {draft.kind === 'weekly' ? (
          <div>
            <Text size="sm" fw={500} mb={6} id="service-days-label">
              {t('form.days')}
            </Text>
            <Chip.Group multiple value={draft.days} onChange={(days) => { set({ days: weekdays.filter((day) => days.includes(day)) }); }}>
              <Group gap={6} role="group" aria-labelledby="service-days-label">
                {weekdays.map((day) => (
                  <Chip key={day} value={day} size="sm">
                    {weekdayName(day, locale, 'short')}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errors['frequency.days'] ? (
              <Text size="xs" c="red" mt={4}>
                {errors['frequency.days']}
              </Text>
            ) : null}
          </div>
        ) : null}
        {draft.kind === 'monthlyByDate' ? (
          <NumberInput label={t('form.dayOfMonth')} description={t('form.dayOfMonthHint')} min={1} max={31} value={draft.day} onChange={(value) => { set({ day: Number(value) || 1 }); }} error={errors['frequency.day']} />
        ) : null}
        {draft.kind === 'monthlyByWeekday' ? (
          <SimpleGrid cols={2} spacing="md">
            <Select
              label={t('form.which')}
              data={nths.map((nth) => ({ value: String(nth), label: t(`visits:frequency.nth.${nthKeys[nth]}`) }))}
              value={String(draft.nth)}
              onChange={(value) => { set({ nth: Number(value ?? 1) as Nth }); }}
              allowDeselect={false}
            />
            <Select
              label={t('form.weekday')}
              data={weekdays.map((day) => ({ value: day, label: weekdayName(day, locale) }))}
              value={draft.weekday}
              onChange={(value) => { set({ weekday: (value ?? 'MO') as Weekday }); }}
              allowDeselect={false}
            />
          </SimpleGrid>
        ) : null}

        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <TextInput
            type="date"
            name="startDate"
            label={draft.kind === 'once' ? t('form.date') : t('form.firstDate')}
            value={draft.startDate}
            onChange={(event) => { set({ startDate: event.currentTarget.value }); }}
            error={errors.startDate}
          />
          <TextInput type="time" name="startTime" label={t('form.startTime')} value={draft.startTime} onChange={(event) => { set({ startTime: event.currentTarget.value }); }} error={errors.startTime} />
          <NumberInput
            name="durationMinutes"
            label={t('form.duration')}
            description={t('form.durationHint')}
            min={15}
            step={15}
            value={draft.durationMinutes}
            onChange={(value) => { set({ durationMinutes: value }); }}
            error={errors.durationMinutes}
          />
        </SimpleGrid>

        {draft.kind === 'once' ? null : (
          <TextInput
            type="date"
            name="endsOn"
            label={t('form.endsOn')}
            description={t('form.endsOnHint')}
            value={draft.endsOn}
            onChange={(event) => { set({ endsOn: event.currentTarget.value }); }}
            error={errors.endsOn}
            maw={240}
          />
        )}
        <NumberInput
          name="price"
          label={t('form.price', { currency: choices.currency })}
          min={0}
          decimalScale={2}
          value={draft.price}
          onChange={(value) => { set({ price: value }); }}
          error={errors.price}
          maw={240}
        />
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('form.rateModifications')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('form.rateModificationsHint')}
          </Text>
          {draft.rateModifications.map((modification, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="wrap">
              <TextInput
                name={`rateModifications.${index}.name`}
                aria-label={t('form.modificationName')}
                placeholder={t('form.modificationName')}
                value={modification.name}
                onChange={(event) => { setModification(index, { name: event.currentTarget.value }); }}
                error={errors[`rateModifications.${index}.name`]}
                style={{ flex: '1 1 160px' }}
              />
              <Select
                aria-label={t('form.modificationKind')}
                data={[
                  { value: 'fixed', label: t('form.fixed', { currency: choices.currency }) },
                  { value: 'percent', label: t('form.percent') },
                ]}
                value={modification.kind}
                onChange={(kind) => { setModification(index, { kind: (kind ?? 'fixed') as RateModification['kind'] }); }}
                allowDeselect={false}
                w={150}
              />
              <NumberInput
                aria-label={t('form.modificationAmount')}
                description={null}
                decimalScale={2}
                value={modification.amount}
                onChange={(amount) => { setModification(index, { amount }); }}
                error={errors[`rateModifications.${index}.amount`]}
                w={120}
              />
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('form.removeModification', { name: modification.name || index + 1 })} onClick={() => { set({ rateModifications: draft.rateModifications.filter((_, i) => i !== index) }); }}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {draft.rateModifications.length < 10 ? (
            <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => { set({ rateModifications: [...draft.rateModifications, { name: '', kind: 'fixed', amount: '' }] }); }} w="fit-content">
              {t('form.addModification')}
            </Button>
          ) : null}
        </Stack>

        <MultiSelect
          label={t('form.team')}
          data={choices.staff.map((member) => ({ value: member.id, label: member.name }))}
          value={draft.teamIds}
          onChange={(teamIds) => { set({ teamIds }); }}
          error={errors.teamIds}
          searchable
          maxValues={10}
        />
        <Textarea label={t('form.notes')} description={t('form.notesHint')} autosize minRows={2} value={draft.notes} onChange={(event) => { set({ notes: event.currentTarget.value }); }} error={errors.notes} />

        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
