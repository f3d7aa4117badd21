import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { InputOf } from '../../../../shared/contract';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../lib/format';
import '../../styles/outcomes.css';
import { printPath } from '../printing/printRoutes';
import { AccessTables, ConsentForm } from './AccessSection';
import { EngagementCard, SatisfactionCard, SkillsCard } from './MeasureCards';
import { RetentionCard } from './RetentionCard';
import { ReadinessCorrectionForm, ReadinessForm, SuccessionTables } from './SuccessionSection';

type Filter = InputOf<'outcomes.dashboard'>;

const orNull = (v: string) => (v === '' ? null : v);
const idOrNull = (v: string) => (v === '' ? null : Number(v));

/** What mentorship does, measured: retention, satisfaction, engagement, skills, access, succession. */
export function OutcomesPage() {
  const [filter, setFilter] = useState<Filter>({});
  const dashboard = useApiQuery('outcomes.dashboard', filter);
  const d = dashboard.data;
  const set = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, ...patch }));
  const cohorts = (d?.options.cohorts ?? []).filter(
    (c) => !filter.programId || c.programId === filter.programId,
  );

  return (
    <div className="page outcomes-page">
      <PageHeader
        title="Outcomes"
        subtitle="What the programs achieve, for the filter below"
        action={
          <Link className="button" to={printPath({ kind: 'outcomesReport', ...filter })}>
            Print report
          </Link>
        }
      />
      <form
        className="card outcome-filters"
        aria-label="Filter outcomes"
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label="Program"
          value={String(filter.programId ?? '')}
          onChange={(e) => set({ programId: idOrNull(e.target.value), cohortId: null })}
          options={[
            { value: '', label: 'All programs' },
            ...(d?.options.programs ?? []).map((p) => ({ value: String(p.id), label: p.name })),
          ]}
        />
        <SelectField
          label="Cohort"
          value={String(filter.cohortId ?? '')}
          onChange={(e) => set({ cohortId: idOrNull(e.target.value) })}
          options={[
            { value: '', label: 'All cohorts' },
            ...cohorts.map((c) => ({ value: String(c.id), label: c.code })),
          ]}
        />
        <SelectField
          label="Unit"
          value={filter.unit ?? ''}
          onChange={(e) => set({ unit: orNull(e.target.value) })}
          options={[
            { value: '', label: 'All units' },
            ...(d?.options.units ?? []).map((u) => ({ value: u, label: u })),
          ]}
        />
        <TextField
          label="From"
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: orNull(e.target.value) })}
        />
        <TextField
          label="To"
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: orNull(e.target.value) })}
        />
        <button type="button" className="button" onClick={() => setFilter({})}>
          Clear filters
        </button>
      </form>
      <ErrorBanner error={dashboard.error} onRetry={dashboard.reload} />
      {d === undefined ? (
        <p className="muted">{dashboard.loading ? 'Reading outcomes…' : '—'}</p>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            As of {formatDay(d.today)}
            {dashboard.loading ? ' · updating…' : ''}
          </p>
          <section aria-labelledby="retention-h">
            <h2 id="retention-h">Retention</h2>
            <RetentionCard retention={d.retention} />
          </section>
          <section aria-labelledby="satisfaction-h">
            <h2 id="satisfaction-h">Satisfaction</h2>
            <SatisfactionCard cells={d.satisfaction} />
          </section>
          <section aria-labelledby="engagement-h">
            <h2 id="engagement-h">Engagement</h2>
            <div className="outcome-grid">
              <EngagementCard engagement={d.engagement} />
            </div>
          </section>
          <section aria-labelledby="skills-h">
            <h2 id="skills-h">Skill development</h2>
            <SkillsCard skills={d.skills} />
          </section>
          <section aria-labelledby="access-h">
            <h2 id="access-h">Access</h2>
            <AccessTables access={d.access} />
            <Can method="outcomes.recordDemographics">
              <ConsentForm onSaved={dashboard.reload} />
            </Can>
          </section>
          <section aria-labelledby="succession-h">
            <h2 id="succession-h">Succession</h2>
            <SuccessionTables succession={d.succession} />
            <Can method="outcomes.rateReadiness">
              <ReadinessForm succession={d.succession} onSaved={dashboard.reload} />
            </Can>
            <Can method="outcomes.correctReadiness">
              <ReadinessCorrectionForm succession={d.succession} onSaved={dashboard.reload} />
            </Can>
          </section>
        </>
      )}
    </div>
  );
}
