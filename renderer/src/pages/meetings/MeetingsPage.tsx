import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { CohortComplianceTable } from './CohortComplianceTable';
import { FlagLists } from './FlagLists';
import { IcsButton } from './IcsButton';
import { InactivityForm } from './InactivityForm';
import '../../styles/blocks.css';
import '../../styles/meetings.css';

/** "Meetings" in the navigation: pick a cohort, see who is behind on meetings and who has gone quiet. */
export function MeetingsPage() {
  const [params, setParams] = useSearchParams();
  const cohorts = useApiQuery('cohorts.list', {});
  const list = cohorts.data ?? [];
  const fallback = (list.find((c) => c.activePairings > 0) ?? list[0])?.id ?? 0;
  const cohortId = Number(params.get('cohort') ?? fallback) || fallback;
  const query = useApiQuery('meetings.cohort', { cohortId }, { enabled: cohortId > 0 });
  const [notice, setNotice] = useState<string | null>(null);
  // The previous cohort's report stays while the next loads; never show it under another cohort.
  const shown = query.data?.cohortId === cohortId ? query.data : undefined;

  return (
    <div className="page">
      <PageHeader
        title="Meetings"
        subtitle="Meetings held against each program's cadence, and the pairings that need a nudge."
        action={
          cohortId > 0 && (
            <IcsButton target={{ cohortId }} label="Download planned meetings (.ics)" />
          )
        }
      />
      <ErrorBanner error={cohorts.error ?? query.error} />
      {cohorts.data && list.length === 0 ? (
        <EmptyState
          title="No cohorts yet — create one from a program"
          action={
            <Link className="button button-primary" to="/programs">
              Go to Programs
            </Link>
          }
        >
          Meetings are expected once a cohort has active pairings.
        </EmptyState>
      ) : (
        <div className="meetings-toolbar">
          <SelectField
            label="Cohort"
            value={cohortId > 0 ? String(cohortId) : ''}
            options={list.map((c) => ({ value: String(c.id), label: `${c.code} — ${c.name}` }))}
            onChange={(e) => {
              setNotice(null);
              setParams({ cohort: e.target.value });
            }}
          />
          {shown && (
            <Can
              method="meetings.setInactivityDays"
              otherwise={
                <p className="muted">
                  Pairings are flagged inactive after {shown.inactivityDays} days without a meeting.
                </p>
              }
            >
              <InactivityForm
                key={`${shown.cohortId}-${shown.inactivityDays}`}
                cohortId={shown.cohortId}
                days={shown.inactivityDays}
                onSaved={(r) => {
                  query.reload();
                  setNotice(
                    `Pairings are now flagged inactive after ${r.inactivityDays} days without a meeting.`,
                  );
                }}
              />
            </Can>
          )}
        </div>
      )}
      <Notice>{notice}</Notice>
      {shown && shown.rows.length === 0 && (
        <EmptyState
          title="No pairing in this cohort has started yet"
          action={
            <Link className="button" to={`/board/${shown.cohortId}`}>
              Open the pairing board
            </Link>
          }
        >
          Meetings are expected from the day a pairing becomes active.
        </EmptyState>
      )}
      {shown && shown.rows.length > 0 && (
        <>
          <FlagLists report={shown} />
          <section className="card section-card" aria-labelledby="meetings-compliance">
            <h2 id="meetings-compliance">Held vs expected per pairing</h2>
            <CohortComplianceTable report={shown} />
          </section>
        </>
      )}
    </div>
  );
}
