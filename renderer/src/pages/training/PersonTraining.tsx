import { useId, useState } from 'react';
import type { PersonTraining as PersonTrainingData } from '../../../../shared/domain/training';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { formatDay } from '../../lib/format';
import { CompletionHistory } from './CompletionHistory';
import { RecordCompletionForm } from './RecordCompletionForm';
import { TrainingStatusBadge } from './TrainingStatusBadge';
import '../../styles/blocks.css';
import '../../styles/training.css';

/** On a person's page: the training they need now, and every completion recorded for them. */
export function PersonTraining({ staffId }: { staffId: number }) {
  const headingId = useId();
  const training = useApiQuery('training.forStaff', { staffId });
  const modules = useApiQuery('training.modules', {});
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canRecord = useCan('training.record');
  const data = training.data;
  const changed = (message: string) => {
    setNotice(message);
    training.reload();
  };

  return (
    <section className="card section-card person-training" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>Training</h2>
        {data && !recording && canRecord && (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setNotice(null);
              setRecording(true);
            }}
          >
            Record a completion
          </button>
        )}
      </div>
      <ErrorBanner error={training.error ?? modules.error} />
      <Notice>{notice}</Notice>
      {recording && data && modules.data && (
        <RecordCompletionForm
          modules={modules.data}
          today={data.today}
          person={{
            staffId,
            displayName: data.person.displayName,
            employeeNumber: data.person.employeeNumber,
          }}
          personFixed
          moduleId={null}
          onCancel={() => setRecording(false)}
          onRecorded={(c) => {
            setRecording(false);
            changed(`Recorded ${c.moduleName} on ${formatDay(c.completedOn)}.`);
          }}
        />
      )}
      {data && (
        <>
          <h3 className="subheading">Required now</h3>
          <Requirements data={data} />
          <h3 className="subheading">History</h3>
          <CompletionHistory
            completions={data.completions}
            personName={data.person.displayName}
            onChanged={changed}
          />
        </>
      )}
    </section>
  );
}

function Requirements({ data }: { data: PersonTrainingData }) {
  if (data.requirements.length === 0) {
    return (
      <p className="muted">
        Nothing is required now: {data.person.displayName} is not enrolled in a current cohort that
        asks for training.
      </p>
    );
  }
  return (
    <div className="table-scroll requirements">
      <table className="table table-compact">
        <caption className="sr-only">Training {data.person.displayName} needs now</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Status</th>
            <th scope="col">Last completed</th>
            <th scope="col">Expires</th>
            <th scope="col">Required by</th>
          </tr>
        </thead>
        <tbody>
          {data.requirements.map((r) => (
            <tr key={r.moduleName}>
              <th scope="row">
                {r.moduleName}
                {r.moduleId === null && (
                  <span className="muted small block">Not in the catalogue</span>
                )}
              </th>
              <td>
                <TrainingStatusBadge status={r.status} />
              </td>
              <td className="nowrap">
                {r.completedOn ? formatDay(r.completedOn) : <span className="muted">Never</span>}
              </td>
              <td className="nowrap">
                {r.expiresOn ? formatDay(r.expiresOn) : <span className="muted">—</span>}
              </td>
              <td className="small">{r.requiredBy.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
