import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/result';
import { formatDaysIn } from '../lib/format';

interface ErrorBannerProps {
  error: ApiError | string | null | undefined;
  /** e.g. a "Try again" button. */
  action?: ReactNode;
  /** Shows a "Try again" button that calls this (for a failed load). */
  onRetry?: () => void;
}

/** An error near the action that caused it, announced to screen readers. */
export function ErrorBanner({ error, action, onRetry }: ErrorBannerProps) {
  if (!error) return null;
  const shown = onRetry ? (
    <button type="button" className="button" onClick={onRetry}>
      Try again
    </button>
  ) : (
    action
  );
  // Services write days as ISO; people read them in the workstation's format.
  const message = formatDaysIn(typeof error === 'string' ? error : error.message);
  return (
    <div role="alert" className="banner banner-error">
      <span className="banner-word">Error:</span> <span>{message}</span>
      {shown && <span className="banner-action">{shown}</span>}
    </div>
  );
}

/** A quiet confirmation that something worked (word first, colour second). */
export function Notice({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="status" className="banner banner-ok">
      {children}
    </div>
  );
}
