import { Button, Group, Stack, Switch, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { officeReplySchema, replySchema } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { FileUploadButton, FileUploadList } from '../../../components/file-uploads.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFileUploads } from '../../../lib/use-file-uploads.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { OfficeReply } from '../api/send-office-message.ts';

interface ReplyMutation {
  mutate: (values: OfficeReply, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

interface RequestComposerProps {
  mutation: ReplyMutation;
  upload: (file: File) => Promise<Attachment>;
  /** The office may write internal notes the customer never sees. */
  allowInternal?: boolean;
  disabled?: boolean;
}

/** A reply with optional photos or PDFs; files upload as soon as they are picked. */
export function RequestComposer({ mutation, upload, allowInternal = false, disabled = false }: RequestComposerProps) {
  const { t } = useTranslation(['serviceRequests', 'common']);
  const [body, setBody] = useState('');
  // What the box holds now, read when a send finishes: someone may have begun the next message.
  const bodyNow = useRef('');
  const [internal, setInternal] = useState(false);
  const uploads = useFileUploads(upload);
  const { errors, formProps } = useFormSubmit({
    schema: allowInternal ? officeReplySchema : replySchema,
    mutation,
    read: (data) => ({
      body: textField(data, 'body'),
      attachmentIds: uploads.attachmentIds,
      ...(allowInternal ? { internal } : {}),
    }),
    onValid: (values) => {
      mutation.mutate(values, {
        onSuccess: () => {
          if (bodyNow.current.trim() !== values.body.trim()) return;
          bodyNow.current = '';
          setBody('');
          setInternal(false);
          uploads.clear();
        },
      });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="sm">
        <FormErrorAlert error={mutation.error} />
        <Textarea
          name="body"
          label={t('composer.message')}
          autosize
          minRows={3}
          maxRows={12}
          value={body}
          onChange={(event) => {
            bodyNow.current = event.currentTarget.value;
            setBody(event.currentTarget.value);
          }}
          error={errors.body ?? errors.attachmentIds}
          disabled={disabled}
          styles={internal ? { input: { background: 'var(--mantine-color-yellow-light)', borderColor: 'var(--mantine-color-yellow-5)' } } : undefined}
        />
        {allowInternal ? (
          <Switch
            label={t('composer.internal')}
            checked={internal}
            onChange={(event) => { setInternal(event.currentTarget.checked); }}
            color="yellow"
            disabled={disabled}
          />
        ) : null}
        <FileUploadList uploads={uploads} disabled={disabled} />
        <Group justify="space-between" gap="sm">
          <FileUploadButton uploads={uploads} disabled={disabled} />
          <Button
            type="submit"
            leftSection={<IconSend size={16} aria-hidden />}
            loading={mutation.isPending}
            disabled={disabled || uploads.uploading}
          >
            {t('common:actions.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
