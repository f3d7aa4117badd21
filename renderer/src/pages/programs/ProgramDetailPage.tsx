import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  CADENCE_LABELS,
  PROGRAM_FORMAT_LABELS,
  PROGRAM_KIND_LABELS,
} from '../../../../shared/domain/programs';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatInstant } from '../../lib/format';
import { formFromProgram, programErrorsFrom } from './programForm';
import { ProgramCohorts } from './ProgramCohorts';
import { ProgramForm } from './ProgramForm';
import '../../styles/blocks.css';
import '../../styles/programs.css';

/** One program: its cohorts first (where the daily work is), then its settings to edit. */
export function ProgramDetailPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const program = useApiQuery('programs.get', { id }, { enabled: valid });
  const [notice, setNotice] = useState<string | null>(null);
  const canEdit = useCan('programs.update');
  const breadcrumb = <Link to="/programs">Programs</Link>;
  const p = program.data;

  if (!p) {
    return (
      <div className="page">
        <PageHeader title="Program" breadcrumb={breadcrumb} />
        <ErrorBanner error={valid ? program.error : 'There is no program at this address.'} />
        {!program.error && valid && <p className="muted">Loading the program…</p>}
      </div>
    );
  }

  return (
    <div className="page">
      <ProgramForm
        key={p.updatedAt}
        title={p.name}
        breadcrumb={breadcrumb}
        subtitle={`${PROGRAM_KIND_LABELS[p.kind]} · ${PROGRAM_FORMAT_LABELS[p.format]} · ${CADENCE_LABELS[p.cadence]} · last changed ${formatInstant(p.updatedAt)}`}
        initial={formFromProgram(p)}
        programId={p.id}
        savedWeights={p.matching.weights}
        submitLabel="Save changes"
        readOnly={!canEdit}
        onSave={async (payload) => {
          setNotice(null);
          const result = await api.call('programs.update', { id: p.id, program: payload });
          if (result.ok) {
            setNotice(`Saved the changes to ${result.value.name}.`);
            program.reload();
            return null;
          }
          return { error: result.error, fieldErrors: programErrorsFrom(result.error, 'program.') };
        }}
      >
        <Notice>{notice}</Notice>
        <p>
          <Link to={`/evaluations/plans?program=${p.id}`}>
            Evaluation plan: which forms this program asks for, and when
          </Link>
        </p>
        <ProgramCohorts programId={p.id} durationWeeks={p.durationWeeks} />
      </ProgramForm>
    </div>
  );
}
