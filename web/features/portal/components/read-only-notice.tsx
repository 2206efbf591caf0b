import { Alert } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';

/** Staff looking through a customer's eyes can read every page, but the forms are switched off. */
export function ReadOnlyNotice() {
  return (
    <Alert color="yellow" variant="light" icon={<IconEye size={20} />}>
      You are viewing this portal read-only, so sending and ordering are switched off.
    </Alert>
  );
}
