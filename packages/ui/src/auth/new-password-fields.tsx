import { TextField } from '../components/text-field';
import { i18n, useT } from '../i18n/i18n';

export interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  passwordError?: string | null;
  confirmError?: string | null;
  /** "New password" on the account page; "Password" when setting the first one. */
  label?: string;
}

export const PASSWORD_HINT = () => i18n.t('At least 10 characters. A few words you will remember make a good password.');
export const MISMATCH = () => i18n.t('The two passwords are not the same. Type the new password again.');

/** A new password and its confirmation, with the rules as a hint and problems at each field. */
export function NewPasswordFields({
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  passwordError,
  confirmError,
  label,
}: NewPasswordFieldsProps) {
  const t = useT();
  return (
    <>
      <TextField
        label={label ?? t('New password')}
        hint={PASSWORD_HINT()}
        name="new-password"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => onPasswordChange(e.target.value)}
        error={passwordError}
      />
      <TextField
        label={label ? t('Confirm password') : t('Confirm new password')}
        name="confirm-password"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => onConfirmChange(e.target.value)}
        error={confirmError}
      />
    </>
  );
}
