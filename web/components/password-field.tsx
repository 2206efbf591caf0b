import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordMinLength } from '../../shared/passwords.ts';

/**
 * Mantine labels its show/hide button "Toggle password visibility"; that label would also match a search for the
 * "Password" input by label (screen readers and tests alike), so the button gets a label of its own.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation('app');
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('password.toggle') }} {...props} />;
}

/** A password being chosen: says up front how long it must be. */
export function NewPasswordField(props: PasswordInputProps) {
  const { t } = useTranslation('app');
  return (
    <PasswordField
      description={t('password.minLength', { min: passwordMinLength })}
      autoComplete="new-password"
      {...props}
    />
  );
}
