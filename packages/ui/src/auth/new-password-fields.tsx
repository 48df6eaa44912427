import { TextField } from '../components/text-field';

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

export const PASSWORD_HINT = 'At least 10 characters. A few words you will remember make a good password.';
export const MISMATCH = 'The two passwords are not the same. Type the new password again.';

/** A new password and its confirmation, with the rules as a hint and problems at each field. */
export function NewPasswordFields({
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  passwordError,
  confirmError,
  label = 'New password',
}: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        hint={PASSWORD_HINT}
        name="new-password"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => onPasswordChange(e.target.value)}
        error={passwordError}
      />
      <TextField
        label={`Confirm ${label.toLowerCase()}`}
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
