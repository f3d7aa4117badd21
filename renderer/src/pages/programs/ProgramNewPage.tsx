import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PROGRAM_TEMPLATES } from '../../../../shared/domain/program-templates';
import {
  CADENCE_LABELS,
  PROGRAM_KIND_LABELS,
  type ProgramKind,
} from '../../../../shared/domain/programs';
import { api } from '../../api/client';
import { useCan } from '../../app/SessionContext';
import { ViewerNote } from '../../components/ViewerNote';
import { PageHeader } from '../../components/PageHeader';
import { plural } from '../../lib/format';
import { formFromKind, programErrorsFrom } from './programForm';
import { ProgramForm } from './ProgramForm';
import '../../styles/blocks.css';
import '../../styles/programs.css';

const KINDS = Object.keys(PROGRAM_TEMPLATES) as Exclude<ProgramKind, 'other'>[];

/** A new program: pick a kind (its template fills the form), then adjust anything and save. */
export function ProgramNewPage() {
  const navigate = useNavigate();
  const [kind, setKind] = useState<ProgramKind | null>(null);
  const breadcrumb = <Link to="/programs">Programs</Link>;
  const canCreate = useCan('programs.create');

  // Reachable by URL: a viewer is told the page is not theirs instead of a form that is refused.
  if (!canCreate) {
    return (
      <div className="page">
        <PageHeader title="New program" breadcrumb={breadcrumb} />
        <ViewerNote>Viewers can read the programs; starting a new one is for educators.</ViewerNote>
      </div>
    );
  }

  if (kind === null) {
    return (
      <div className="page">
        <PageHeader
          title="New program"
          breadcrumb={breadcrumb}
          subtitle="Start from the kind of mentorship you run; every setting can be changed next."
        />
        <ul className="kind-picker" aria-label="Kinds of program">
          {KINDS.map((k) => {
            const t = PROGRAM_TEMPLATES[k];
            return (
              <li key={k}>
                <button type="button" className="kind-card" onClick={() => setKind(k)}>
                  <span className="kind-title">{PROGRAM_KIND_LABELS[k]}</span>
                  <span className="kind-body">{t.description}</span>
                  <span className="kind-facts muted small">
                    {CADENCE_LABELS[t.cadence]} · {plural(t.durationWeeks, 'week', 'weeks')} ·{' '}
                    {t.requiredTraining.length === 0
                      ? 'no training required'
                      : `training: ${t.requiredTraining.join(', ')}`}
                  </span>
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" className="kind-card" onClick={() => setKind('other')}>
              <span className="kind-title">{PROGRAM_KIND_LABELS.other}</span>
              <span className="kind-body">Start from plain settings and shape it yourself.</span>
            </button>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <div className="page">
      <ProgramForm
        key={kind}
        title="New program"
        breadcrumb={breadcrumb}
        subtitle={
          <>
            Starting from: {PROGRAM_KIND_LABELS[kind]}.{' '}
            <button type="button" className="link-button" onClick={() => setKind(null)}>
              Choose another kind
            </button>
          </>
        }
        initial={formFromKind(kind)}
        submitLabel="Create program"
        onCancel={() => void navigate('/programs')}
        onSave={async (payload) => {
          const result = await api.call('programs.create', payload);
          if (result.ok) {
            void navigate(`/programs/${result.value.id}`, { replace: true });
            return null;
          }
          return { error: result.error, fieldErrors: programErrorsFrom(result.error) };
        }}
      />
    </div>
  );
}
