import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { QueryState } from '../api/useApiQuery';
import { ErrorBanner } from './ErrorBanner';

interface SummaryCardProps {
  title: string;
  /** Where the whole story is, e.g. the person's training page. */
  to: string;
  linkLabel: string;
  /** The summary's query, for its first load and its errors. */
  query: Pick<QueryState<unknown>, 'data' | 'loading' | 'error' | 'reload'>;
  children: ReactNode;
}

/** A compact card on a detail page: a heading, a link to the full page, and what matters now. */
export function SummaryCard({ title, to, linkLabel, query, children }: SummaryCardProps) {
  const headingId = useId();
  return (
    <section className="card section-card summary-card" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{title}</h2>
        <Link className="button button-small" to={to}>
          {linkLabel}
        </Link>
      </div>
      <ErrorBanner error={query.error} onRetry={query.reload} />
      {query.loading && query.data === undefined && (
        <p className="muted small" role="status">
          Loading…
        </p>
      )}
      {children}
    </section>
  );
}
