import { ActionIcon, Button, Card, Divider, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  customerInputSchema,
  customerTypes,
  type CustomerDetail,
  type CustomerInput,
} from '../../../../shared/features/customers/customers.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { MobileCarrierId } from '../../../../shared/carriers.ts';
import { CarrierFields } from '../../../components/carrier-fields.tsx';
import { toCarrier } from '../../../components/carrier-options.ts';

interface CustomerFormProps {
  /** The customer being edited; a blank form adds a new one. */
  customer?: CustomerDetail;
  mutation: UseMutationResult<CustomerDetail, Error, CustomerInput>;
  onSaved: (customer: CustomerDetail) => void;
  cancel: ReactNode;
}

interface ContactRow {
  key: string;
  id?: string;
  name: string;
  email: string;
  mobile: string;
  carrier: MobileCarrierId | null;
  domain: string;
}

function readCustomer(data: FormData, rows: number): unknown {
  const optional = (name: string) => textField(data, name);
  return {
    name: textField(data, 'name'),
    type: textField(data, 'type'),
    email: optional('email'),
    phone: optional('phone'),
    billingAddress: optional('billingAddress'),
    city: optional('city'),
    website: optional('website'),
    comments: optional('comments'),
    contacts: Array.from({ length: rows }, (_, index) => ({
      id: textField(data, `contacts.${String(index)}.id`) || undefined,
      name: textField(data, `contacts.${String(index)}.name`),
      email: textField(data, `contacts.${String(index)}.email`),
      mobile: textField(data, `contacts.${String(index)}.mobile`),
      mobileCarrier: toCarrier(textField(data, `contacts.${String(index)}.mobileCarrier`)),
      mobileCarrierDomain: textField(data, `contacts.${String(index)}.mobileCarrierDomain`) || null,
    })),
  };
}

export function CustomerForm({ customer, mutation, onSaved, cancel }: CustomerFormProps) {
  const { t } = useTranslation(['customers', 'common']);
  const carrierWords = {
    carrier: t('form.contactCarrier'),
    carrierHint: t('form.contactCarrierHint'),
    none: t('form.noCarrier'),
    other: t('form.otherCarrier'),
    domain: t('form.gatewayDomain'),
    domainHint: t('form.gatewayDomainHint'),
  };
  const typeOptions = customerTypes.map((type) => ({ value: type, label: t(`types.${type}`) }));
  const keyPrefix = useId();
  const [nextKey, setNextKey] = useState(0);
  const [contacts, setContacts] = useState<ContactRow[]>(() =>
    (customer?.contacts ?? []).map((contact) => ({
      key: contact.id,
      id: contact.id,
      name: contact.name,
      email: contact.email ?? '',
      mobile: contact.mobile ?? '',
      carrier: contact.mobileCarrier,
      domain: contact.mobileCarrierDomain ?? '',
    })),
  );
  const { errors, formProps } = useFormSubmit({
    schema: customerInputSchema,
    mutation,
    read: (data) => readCustomer(data, contacts.length),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });

  function addContact() {
    setContacts((rows) => [...rows, { key: `${keyPrefix}-${String(nextKey)}`, name: '', email: '', mobile: '', carrier: null, domain: '' }]);
    setNextKey((key) => key + 1);
  }

  return (
    <form {...formProps}>
      <Stack gap="lg" maw={860}>
        <FormErrorAlert error={mutation.error} />
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            {t('common:fields.details')}
          </Title>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput name="name" label={t('common:fields.name')} defaultValue={customer?.name} error={errors.name} autoComplete="off" data-autofocus />
              <NativeSelect
                name="type"
                label={t('common:fields.type')}
                data={typeOptions}
                defaultValue={customer?.type ?? 'commercial'}
                error={errors.type}
                size="md"
              />
              <TextInput
                name="email"
                type="email"
                label={t('common:fields.email')}
                inputMode="email"
                autoComplete="off"
                defaultValue={customer?.email ?? ''}
                error={errors.email}
              />
              <TextInput name="phone" type="tel" label={t('common:fields.phone')} autoComplete="off" defaultValue={customer?.phone ?? ''} error={errors.phone} />
            </SimpleGrid>
            <Textarea
              name="billingAddress"
              label={t('fields.billingAddress')}
              description={t('form.billingAddressHint')}
              autosize
              minRows={2}
              size="md"
              defaultValue={customer?.billingAddress ?? ''}
              error={errors.billingAddress}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput name="city" label={t('fields.city')} autoComplete="off" defaultValue={customer?.city ?? ''} error={errors.city} />
              <TextInput
                name="website"
                type="url"
                label={t('fields.website')}
                placeholder={t('form.websitePlaceholder')}
                inputMode="url"
                autoComplete="off"
                defaultValue={customer?.website ?? ''}
                error={errors.website}
              />
            </SimpleGrid>
            <Textarea
              name="comments"
              label={t('fields.comments')}
              description={t('form.commentsHint')}
              autosize
              minRows={3}
              size="md"
              defaultValue={customer?.comments ?? ''}
              error={errors.comments}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb={4}>
            {t('overview.contactPersons')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('form.contactPersonsIntro')}
          </Text>
          <Stack gap="md">
            {contacts.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('form.noContacts')}
              </Text>
            ) : null}
            {contacts.map((contact, index) => {
              const prefix = `contacts.${String(index)}`;
              return (
                <Stack key={contact.key} gap="md">
                  {index > 0 ? <Divider /> : null}
                  <Group align="flex-start" gap="sm" wrap="nowrap">
                    {contact.id ? <input type="hidden" name={`${prefix}.id`} value={contact.id} /> : null}
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ flex: 1 }}>
                      <TextInput
                        name={`${prefix}.name`}
                        label={t('form.contactName')}
                        defaultValue={contact.name}
                        autoComplete="off"
                        error={errors[`${prefix}.name`]}
                      />
                      <TextInput
                        name={`${prefix}.email`}
                        type="email"
                        label={t('form.contactEmail')}
                        inputMode="email"
                        autoComplete="off"
                        defaultValue={contact.email}
                        error={errors[`${prefix}.email`]}
                      />
                      <TextInput
                        name={`${prefix}.mobile`}
                        type="tel"
                        label={t('form.contactMobile')}
                        autoComplete="off"
                        defaultValue={contact.mobile}
                        error={errors[`${prefix}.mobile`]}
                      />
                      <CarrierFields
                        prefix={`${prefix}.`}
                        carrier={contact.carrier}
                        domain={contact.domain}
                        onChange={({ carrier, domain }) => { setContacts((rows) => rows.map((row) => (row.key === contact.key ? { ...row, carrier, domain } : row))); }}
                        errors={errors}
                        words={carrierWords}
                      />
                    </SimpleGrid>
                    <Tooltip label={t('form.removeContact')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        mt={30}
                        aria-label={t('form.removeContactNumbered', { number: index + 1 })}
                        onClick={() => { setContacts((rows) => rows.filter((row) => row.key !== contact.key)); }}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Stack>
              );
            })}
            {errors.contacts ? (
              <Text size="sm" c="var(--mantine-color-error)">
                {errors.contacts}
              </Text>
            ) : null}
            <Group>
              <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={addContact}>
                {t('form.addContact')}
              </Button>
            </Group>
          </Stack>
        </Card>

        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {t('form.save')}
          </Button>
          {cancel}
        </Group>
      </Stack>
    </form>
  );
}
