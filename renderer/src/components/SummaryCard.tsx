import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../../shared/result';
import { ErrorBanner } from './ErrorBanner';

interface SummaryCardProps {
  title: string;
  /** Where the whole story is, e.g. the person's training page. */
  to: string;
  linkLabel: string;
  error: ApiError | null | undefined;
  onRetry: () => void;
  children: ReactNode;
}

/** A compact card on a detail page: a heading, a link to the full page, and what matters now. */
export function SummaryCard({ title, to, linkLabel, error, onRetry, children }: SummaryCardProps) {
  const headingId = useId();
  return (
    <section className="card section-card summary-card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{title}</h2>
        <Link className="button button-small" to={to}>
          {linkLabel}
        </Link>
      </div>
      <ErrorBanner error={error} onRetry={onRetry} />
      {children}
    </section>
  );
}
