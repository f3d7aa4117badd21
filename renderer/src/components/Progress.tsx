import type { ReactNode } from 'react';

interface ProgressProps {
  label: string;
  /** 0–1 when known; indeterminate otherwise. */
  value?: number;
  action?: ReactNode;
}

/** Long work in progress: what is happening, a bar, and (where possible) a way to cancel. */
export function Progress({ label, value, action }: ProgressProps) {
  return (
    <div className="progress" role="status">
      <span className="progress-label">{label}</span>
      {value === undefined ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} max={1} value={value} />
      )}
      {action}
    </div>
  );
}
