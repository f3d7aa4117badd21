import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { plural } from '../../lib/format';
import { DueTable } from './DueTable';
import { countByState } from './dueView';
import { EvaluationsTabs } from './EvaluationsTabs';
import '../../styles/blocks.css';
import '../../styles/evaluations.css';

/** The Evaluations place: what the programs' plans ask for, across every cohort. */
export function EvaluationsPage() {
  const due = useApiQuery('evaluations.due', { states: ['overdue', 'due', 'upcoming', 'done'] });
  const counts = due.data ? countByState(due.data) : null;
  return (
    <div className="page">
      <PageHeader
        title="Evaluations"
        subtitle={
          counts
            ? `${plural(counts.due, 'due', 'due')} · ${plural(counts.overdue, 'overdue', 'overdue')} · ${plural(counts.upcoming, 'upcoming', 'upcoming')} · ${plural(counts.done, 'done', 'done')}`
            : 'Loading evaluations…'
        }
      />
      <EvaluationsTabs />
      <ErrorBanner error={due.error} onRetry={due.reload} />
      {due.data && <DueTable items={due.data} />}
    </div>
  );
}
