import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { BENNER_CODES, BENNER_LABELS, BENNER_LEVELS } from '../../../../shared/domain/competencies';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { plural } from '../../lib/format';
import { HistoryDialog } from './HistoryDialog';
import { MatrixGrid, type CellChoice } from './MatrixGrid';
import { TimeToCompetent } from './TimeToCompetent';
import '../../styles/blocks.css';
import '../../styles/competencies.css';

const WHO = [
  { value: 'all', label: 'Mentees and mentors' },
  { value: 'mentee', label: 'Mentees only' },
  { value: 'mentor', label: 'Mentors only' },
] as const;
type Who = (typeof WHO)[number]['value'];

/** "Competencies": a cohort's matrix of current levels, each cell opening that history. */
export function CompetenciesPage() {
  const [params, setParams] = useSearchParams();
  const cohorts = useApiQuery('cohorts.list', {});
  const list = cohorts.data ?? [];
  const asked = Number(params.get('cohort'));
  const cohortId = list.some((c) => c.id === asked) ? asked : (list[0]?.id ?? 0);
  const matrix = useApiQuery('competencies.matrix', { cohortId }, { enabled: cohortId > 0 });
  const [who, setWho] = useState<Who>('all');
  const [open, setOpen] = useState<CellChoice | null>(null);
  const canSign = useCan('competencies.signOff');
  const m = matrix.data?.cohort.id === cohortId ? matrix.data : undefined;
  const rows = (m?.rows ?? []).filter((r) => who === 'all' || r.cohortRole === who);

  return (
    <div className="page">
      <PageHeader
        title="Competencies"
        subtitle="Each person’s current level on Benner’s scale, from their latest sign-off that has not been corrected."
        action={
          <Link className="button" to="/competencies/catalogue">
            Competency catalogue
          </Link>
        }
      />
      <ErrorBanner error={cohorts.error ?? matrix.error} />
      {cohorts.data && list.length === 0 ? (
        <EmptyState
          title="No cohorts yet — create one from a program"
          action={
            <Link className="button button-primary" to="/programs">
              Go to Programs
            </Link>
          }
        >
          The matrix shows the people of one cohort against the competencies of their disciplines.
          Sign-offs for anyone can also be recorded from their page under People.
        </EmptyState>
      ) : (
        <>
          <div className="matrix-controls">
            <SelectField
              label="Cohort"
              value={cohortId > 0 ? String(cohortId) : ''}
              onChange={(e) => setParams({ cohort: e.target.value })}
              options={list.map((c) => ({ value: String(c.id), label: `${c.name} (${c.code})` }))}
            />
            <SelectField
              label="People"
              value={who}
              onChange={(e) => setWho(e.target.value as Who)}
              options={WHO}
            />
            {m && (
              <p className="row-count" role="status">
                {plural(rows.length, 'person', 'people')} ×{' '}
                {plural(m.competencies.length, 'competency', 'competencies')}
              </p>
            )}
          </div>
          <ul className="level-legend" aria-label="Levels">
            {BENNER_LEVELS.map((l) => (
              <li key={l}>
                <span className={`level level-${l}`}>
                  <span className="level-code">{BENNER_CODES[l]}</span> {BENNER_LABELS[l]}
                </span>
              </li>
            ))}
            <li>— Not signed off</li>
          </ul>
          {m && rows.length === 0 && (
            <EmptyState title="Nobody enrolled here yet — enrol mentees and mentors in the cohort">
              <Link to={`/cohorts/${cohortId}`}>Open the cohort</Link> to enrol people.
            </EmptyState>
          )}
          {m && rows.length > 0 && (
            <>
              <h2 id="matrix-title" className="sr-only">
                Competency matrix of {m.cohort.name}
              </h2>
              <p className="muted small" id="matrix-help">
                Use the arrow keys to move between cells; Enter opens that person’s history in the
                competency{canSign ? ', where you can sign off or correct' : ''}.
              </p>
              <MatrixGrid matrix={m} rows={rows} onOpen={setOpen} />
              <TimeToCompetent matrix={m} />
            </>
          )}
        </>
      )}
      <HistoryDialog subject={open} onClose={() => setOpen(null)} onChanged={matrix.reload} />
    </div>
  );
}
