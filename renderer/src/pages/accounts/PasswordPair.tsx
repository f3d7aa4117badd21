import { PASSWORD_MIN_LENGTH } from '../../../../shared/domain/accounts';
import { TextField } from '../../components/Field';

/** A new password typed twice; the second must match before anything is sent. */
export function PasswordPair(props: {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  error?: string | undefined;
  confirmError?: string | undefined;
  label?: string;
}) {
  return (
    <>
      <TextField
        label={props.label ?? 'Password'}
        type="password"
        required
        autoComplete="new-password"
        value={props.password}
        onChange={(e) => props.onPassword(e.target.value)}
        error={props.error}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
      />
      <TextField
        label="Password again"
        type="password"
        required
        autoComplete="new-password"
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.target.value)}
        error={props.confirmError}
      />
    </>
  );
}

/** The problems found before sending: a short password, or two that differ. */
export function checkNewPassword(password: string, confirm: string) {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      field: 'password',
      message: `the password needs at least ${PASSWORD_MIN_LENGTH} characters`,
    };
  }
  if (password !== confirm) return { field: 'confirm', message: 'the two passwords differ' };
  return null;
}
