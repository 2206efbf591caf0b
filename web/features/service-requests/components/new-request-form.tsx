import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import {
  createServiceRequestSchema,
  requestTextMaxLength,
} from '../../../../shared/features/service-requests/service-requests.contract.ts';
import type { RequestOptions } from '../../../../shared/features/services/services.contract.ts';
import { FileUploadButton, FileUploadList } from '../../../components/file-uploads.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { textField } from '../../../lib/form-data.ts';
import { useFileUploads } from '../../../lib/use-file-uploads.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreatePortalRequest } from '../api/create-portal-request.ts';
import { uploadPortalAttachment } from '../api/upload-portal-attachment.ts';

interface NewRequestFormProps {
  slug: string;
  locationId: string;
  /** The visit at this location the request is about. */
  visitId?: string | undefined;
  options: RequestOptions;
  onCreated: (request: PortalRequestDetail) => void;
}

/** Characters used against the limit; past it the counter turns red and sending waits until the text is shorter. */
function TextCounter({ length }: { length: number }) {
  const { t } = useTranslation('serviceRequests');
  const over = length > requestTextMaxLength;
  return (
    <Group justify="space-between" gap="xs" mt={4} wrap="nowrap">
      <Text size="xs" c="var(--mantine-color-error)" role={over ? 'alert' : undefined}>
        {over ? t('newRequest.tooLong', { limit: formatNumber(requestTextMaxLength + 1) }) : ''}
      </Text>
      <Text size="xs" c={over ? 'var(--mantine-color-error)' : 'dimmed'} fw={over ? 700 : 400} aria-live="polite" style={{ flexShrink: 0 }}>
        {t('newRequest.counter', { length: formatNumber(length), limit: formatNumber(requestTextMaxLength) })}
      </Text>
    </Group>
  );
}

/** Asks for one service or one category, a short text and optional photos or PDFs, each uploaded as it is picked. */
export function NewRequestForm({ slug, locationId, visitId, options, onCreated }: NewRequestFormProps) {
  const { t } = useTranslation('serviceRequests');
  const mutation = useCreatePortalRequest(slug);
  const uploads = useFileUploads((file) => uploadPortalAttachment(slug, locationId, file));
  const [serviceId, setServiceId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [text, setText] = useState('');
  const categories = options.requestsAllowed ? options.categories : [];
  const { errors, formProps } = useFormSubmit({
    schema: createServiceRequestSchema,
    mutation,
    read: (data) => ({
      locationId,
      serviceId: serviceId || null,
      categoryId: categoryId || null,
      text: textField(data, 'text'),
      attachmentIds: uploads.attachmentIds,
      visitId: visitId ?? null,
    }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onCreated }); },
  });

  if (options.services.length === 0 && categories.length === 0) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />}>
        {t('newRequest.nothingToAsk')}
      </Alert>
    );
  }

  const choiceError = errors.serviceId ?? errors.categoryId;
  const over = text.length > requestTextMaxLength;

  return (
    <form {...formProps}>
      <Stack gap="lg">
        <FormErrorAlert error={mutation.error} />
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
          <Text fw={600} mb={4}>
            {t('newRequest.about')}
          </Text>
          <Text size="sm" c="dimmed" mb="md">
            {options.services.length > 0 && categories.length > 0
              ? t('newRequest.chooseServiceOrCategory')
              : t('newRequest.chooseOne')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: options.services.length > 0 && categories.length > 0 ? 2 : 1 }} spacing="md">
            {options.services.length > 0 ? (
              <NativeSelect
                label={t('newRequest.service')}
                name="serviceId"
                size="md"
                value={serviceId}
                data={[{ value: '', label: t('newRequest.chooseService') }, ...options.services.map((service) => ({ value: service.id, label: service.name }))]}
                description={options.services.find((service) => service.id === serviceId)?.description ?? undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                onChange={(event) => {
                  setServiceId(event.currentTarget.value);
                  if (event.currentTarget.value) setCategoryId('');
                }}
                error={choiceError}
              />
            ) : null}
            {categories.length > 0 ? (
              <NativeSelect
                label={t('newRequest.category')}
                name="categoryId"
                size="md"
                value={categoryId}
                data={[{ value: '', label: t('newRequest.chooseCategory') }, ...categories.map((category) => ({ value: category.id, label: category.name }))]}
                onChange={(event) => {
                  setCategoryId(event.currentTarget.value);
                  if (event.currentTarget.value) setServiceId('');
                }}
                error={options.services.length > 0 ? undefined : choiceError}
              />
            ) : null}
          </SimpleGrid>
        </Paper>
        <div>
          <Textarea
            name="text"
            label={t('newRequest.text')}
            description={t('newRequest.textHint')}
            size="md"
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(event) => { setText(event.currentTarget.value); }}
            error={errors.text}
            styles={over ? { input: { borderColor: 'var(--mantine-color-error)' } } : undefined}
          />
          <TextCounter length={text.length} />
        </div>
        <Stack gap="sm">
          <FileUploadList uploads={uploads} />
          <Group>
            <FileUploadButton uploads={uploads} label={t('newRequest.addFiles')} />
          </Group>
          {errors.attachmentIds ? (
            <Text size="sm" c="var(--mantine-color-error)">
              {errors.attachmentIds}
            </Text>
          ) : null}
        </Stack>
        <Group>
          <Button
            type="submit"
            size="md"
            leftSection={<IconSend size={18} aria-hidden />}
            loading={mutation.isPending}
            disabled={over || uploads.uploading}
          >
            {t('newRequest.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
