import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EXPIRING_WITHIN_DAYS, type UnknownModule } from '../../../../shared/domain/training';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { PageHeader } from '../../components/PageHeader';
import { formatDay, plural } from '../../lib/format';
import { DueTable } from './DueTable';
import type { PickedStaff } from '../../components/StaffPicker';
import { RecordCompletionForm } from './RecordCompletionForm';
import { TrainingTabs } from './TrainingTabs';
import '../../styles/blocks.css';
import '../../styles/training.css';

interface FormPreset {
  /** A new key remounts the form with the new preset. */
  key: number;
  person: PickedStaff | null;
  moduleId: number | null;
}

/** The Training place: what is due or expiring across the facility, and recording completions. */
export function TrainingPage() {
  const due = useApiQuery('training.due', {});
  const modules = useApiQuery('training.modules', {});
  const [form, setForm] = useState<FormPreset | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (person: PickedStaff | null, moduleId: number | null) => {
    setNotice(null);
    setForm({ key: Date.now(), person, moduleId });
  };

  return (
    <div className="page">
      <PageHeader
        title="Training"
        subtitle={
          due.data
            ? `${plural(due.data.items.length, 'requirement', 'requirements')} due or expiring within ${EXPIRING_WITHIN_DAYS} days, as of ${formatDay(due.data.today)}.`
            : 'Loading training…'
        }
        action={
          <Can method="training.record">
            <button
              type="button"
              className="button button-primary"
              onClick={() => open(null, null)}
            >
              Record a completion
            </button>
          </Can>
        }
      />
      <TrainingTabs />
      <ErrorBanner error={due.error ?? modules.error} />
      <Notice>{notice}</Notice>
      {due.data && <UnknownModulesWarning unknown={due.data.unknownModules} />}
      {form && due.data && modules.data && (
        <RecordCompletionForm
          key={form.key}
          modules={modules.data}
          today={due.data.today}
          person={form.person}
          moduleId={form.moduleId}
          onCancel={() => setForm(null)}
          onRecorded={(completion, person) => {
            setForm(null);
            setNotice(
              `Recorded: ${person.displayName} completed ${completion.moduleName} on ${formatDay(completion.completedOn)}.`,
            );
            due.reload();
            modules.reload();
          }}
        />
      )}
      {due.data && (
        <DueTable
          items={due.data.items}
          onRecord={(item) =>
            open(
              {
                staffId: item.person.staffId,
                displayName: item.person.displayName,
                employeeNumber: item.person.employeeNumber,
              },
              item.moduleId,
            )
          }
        />
      )}
    </div>
  );
}

function UnknownModulesWarning({ unknown }: { unknown: UnknownModule[] }) {
  if (unknown.length === 0) return null;
  return (
    <div className="banner banner-warn" role="note">
      <span className="banner-word">Check the programs:</span> they require training that is not in
      the catalogue, so nobody can complete it and their mentors cannot be paired.
      <ul>
        {unknown.map((u) => (
          <li key={u.name}>
            “{u.name}”, required by {u.programs.join(', ')}
          </li>
        ))}
      </ul>
      <Can method="training.createModule" otherwise="An educator can add the module">
        <Link to="/training/modules">Add the module</Link>
      </Can>{' '}
      or correct the program's required training.
    </div>
  );
}
