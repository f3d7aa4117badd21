import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { EnrolmentRole } from '../../../../shared/domain/programs';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatDay, plural } from '../../lib/format';
import { DoNotPairSection } from './DoNotPairSection';
import { EnrolPanel } from './EnrolPanel';
import { ExportCsvButton } from './ExportCsvButton';
import { MenteeTable } from './MenteeTable';
import { MentorTable } from './MentorTable';
import { BatchPrintButton } from '../printing/BatchPrintButton';
import { CohortCircles } from './CohortCircles';
import '../../styles/blocks.css';
import '../../styles/cohort.css';

/** One cohort: who is enrolled (mentors, mentees), enrolling more, the do-not-pair list. */
export function CohortPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const cohort = useApiQuery('cohorts.get', { id }, { enabled: valid });
  const programId = cohort.data?.programId ?? 0;
  const program = useApiQuery('programs.get', { id: programId }, { enabled: programId > 0 });
  const enrolments = useApiQuery('enrolments.list', { cohortId: id }, { enabled: valid });
  const [notice, setNotice] = useState<string | null>(null);

  const all = useMemo(() => enrolments.data ?? [], [enrolments.data]);
  const mentors = all.filter((e) => e.role === 'mentor');
  const mentees = all.filter((e) => e.role === 'mentee');
  const peers = all.filter((e) => e.role === 'peer');
  const enrolled = useMemo(() => {
    // Withdrawn people can be enrolled again (their enrolment is reinstated), so they don't count.
    const by = (role: EnrolmentRole) =>
      new Set(all.filter((e) => e.role === role && !e.withdrawn).map((e) => e.person.staffId));
    return { mentor: by('mentor'), mentee: by('mentee'), peer: by('peer') };
  }, [all]);

  const reload = () => {
    enrolments.reload();
    cohort.reload();
  };
  const c = cohort.data;
  const activeCount = (items: typeof all) => items.filter((e) => !e.withdrawn).length;

  return (
    <div className="page">
      <PageHeader
        title={c ? c.name : 'Cohort'}
        breadcrumb={
          <>
            <Link to="/programs">Programs</Link>
            {c && (
              <>
                {' '}
                <span aria-hidden="true">›</span>{' '}
                <Link to={`/programs/${c.programId}`}>{c.programName}</Link>
              </>
            )}
          </>
        }
        subtitle={
          c && (
            <>
              <span className="mono">{c.code}</span> · {formatDay(c.startDate)} –{' '}
              {c.endDate ? formatDay(c.endDate) : 'rolling enrolment'} ·{' '}
              {plural(c.mentorCount, 'mentor', 'mentors')} ·{' '}
              {plural(c.menteeCount, 'mentee', 'mentees')} ·{' '}
              {plural(c.activePairings, 'active pairing', 'active pairings')}
            </>
          )
        }
        action={
          c && (
            <Link className="button button-primary" to={`/board/${c.id}`}>
              Open pairing board
            </Link>
          )
        }
      />
      <ErrorBanner
        error={valid ? (cohort.error ?? enrolments.error) : 'There is no cohort at this address.'}
      />
      {c && (
        <div className="detail-actions">
          <ExportCsvButton cohortId={c.id} />
          <BatchPrintButton cohortId={c.id} cohortStart={c.startDate} cohortName={c.code} />
        </div>
      )}
      <Notice>{notice}</Notice>
      {c && program.data && (
        <Can method="enrolments.add">
          <EnrolPanel
            cohortId={c.id}
            defaultCapacity={program.data.defaultCapacity}
            format={program.data.format}
            enrolled={enrolled}
            onEnrolled={(message) => {
              setNotice(message);
              reload();
            }}
          />
        </Can>
      )}
      {enrolments.data && (
        <>
          <section className="card section-card" aria-labelledby="cohort-mentors">
            <h2 id="cohort-mentors">Mentors ({activeCount(mentors)})</h2>
            <MentorTable mentors={mentors} onChanged={reload} />
          </section>
          <section className="card section-card" aria-labelledby="cohort-mentees">
            <h2 id="cohort-mentees">Mentees ({activeCount(mentees)})</h2>
            <MenteeTable mentees={mentees} onChanged={reload} />
          </section>
          {peers.length > 0 && (
            <section className="card section-card" aria-labelledby="cohort-peers">
              <h2 id="cohort-peers">Peers ({activeCount(peers)})</h2>
              <p className="muted">
                Each peer pairs with one other peer on the board; they mentor each other.
              </p>
              <MenteeTable mentees={peers} onChanged={reload} />
            </section>
          )}
          {program.data?.format === 'group' && <CohortCircles cohortId={id} />}
          <DoNotPairSection mentors={mentors} mentees={mentees} />
        </>
      )}
    </div>
  );
}
