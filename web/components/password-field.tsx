import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { passwordMinLength } from '../../shared/passwords.ts';

/**
 * Mantine labels its show/hide button "Toggle password visibility"; that label would also match a search for the
 * "Password" input by label (screen readers and tests alike), so the button gets a label of its own.
 */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show or hide what you typed' }} {...props} />;
}

/** A password being chosen: says up front how long it must be. */
export function NewPasswordField(props: PasswordInputProps) {
  return (
    <PasswordField
      description={`At least ${String(passwordMinLength)} characters`}
      autoComplete="new-password"
      {...props}
    />
  );
}
