import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Key } from '../../../../shared/features/keys/keys.contract.ts';
import { notifyError } from '../../../lib/error-message.ts';
import { useRevealKeyCode } from '../api/reveal-key-code.ts';

/** A key's access code, masked until someone asks to see it; each reveal reads it afresh and is audited. */
export function KeyCode({ keyItem }: { keyItem: Key }) {
  const { t } = useTranslation('keys');
  const reveal = useRevealKeyCode(keyItem.id);
  if (!keyItem.hasCode) {
    return (
      <Text size="sm" c="dimmed">
        {t('noCode')}
      </Text>
    );
  }
  const shown = reveal.data?.code ?? null;
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" ff="monospace" aria-live="polite">
        {shown ?? t('code.masked')}
      </Text>
      <Tooltip label={shown ? t('code.hide') : t('code.reveal')}>
        <ActionIcon
          variant="subtle"
          size="sm"
          loading={reveal.isPending}
          aria-label={shown ? t('code.hide') : t('code.revealNamed', { name: keyItem.label })}
          onClick={() => {
            if (shown) reveal.reset();
            else reveal.mutate(undefined, { onError: (error) => { notifyError(error); } });
          }}
        >
          {shown ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
