import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/result';

interface ErrorBannerProps {
  error: ApiError | string | null | undefined;
  /** e.g. a "Try again" button. */
  action?: ReactNode;
}

/** An error near the action that caused it, announced to screen readers. */
export function ErrorBanner({ error, action }: ErrorBannerProps) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div role="alert" className="banner banner-error">
      <span className="banner-word">Error:</span> <span>{message}</span>
      {action && <span className="banner-action">{action}</span>}
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
