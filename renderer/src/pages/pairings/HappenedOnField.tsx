import { TextField } from '../../components/Field';
import { todayIso } from '../../lib/format';

interface HappenedOnFieldProps {
  value: string;
  onChange: (day: string) => void;
  error?: string | undefined;
}

/** The day a step happened, for steps entered late (from paper, after a holiday); empty = today. */
export function HappenedOnField({ value, onChange, error }: HappenedOnFieldProps) {
  return (
    <TextField
      label="Day it happened"
      type="date"
      max={todayIso()}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint="Leave empty for today; for a step entered late, the day it really happened."
    />
  );
}
