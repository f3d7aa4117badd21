import type { SavedRosterMapping } from '../../../../shared/domain/roster';
import { Field, SelectField } from '../../components/Field';
import { formatBytes, formatInstant } from '../../lib/format';
import { ACCEPTED_TYPES } from './readFile';

interface ChooseFileStepProps {
  formId: string;
  file: File | null;
  onFile: (file: File | null) => void;
  fileError?: string | undefined;
  saved: SavedRosterMapping[];
  savedId: string;
  onSavedId: (id: string) => void;
  onSubmit: () => void;
  busy: boolean;
}

export function ChooseFileStep(props: ChooseFileStepProps) {
  const { file, saved } = props;
  return (
    <form
      id={props.formId}
      className="card form step-card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <h2>Choose the roster file</h2>
      <Field
        label="Roster file (CSV or Excel .xlsx)"
        error={props.fileError}
        hint={
          file
            ? `Chosen: ${file.name} (${formatBytes(file.size)})`
            : 'The export from your HR system. Staff are matched by employee number, so importing a newer roster updates people instead of adding them twice.'
        }
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept={ACCEPTED_TYPES}
            disabled={props.busy}
            onChange={(event) => props.onFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <SelectField
        label="Column mapping"
        value={props.savedId}
        onChange={(event) => props.onSavedId(event.target.value)}
        disabled={props.busy}
        hint={
          saved.length === 0
            ? 'Tandem suggests a mapping from the column headers; you can check and change it in the next step, and save it for next time.'
            : 'Use a mapping you saved for this HR export, or let Tandem suggest one from the headers.'
        }
        options={[
          { value: '', label: 'Suggest from the column headers' },
          ...saved.map((m) => ({
            value: String(m.id),
            label: `${m.name} (saved ${formatInstant(m.updatedAt)})`,
          })),
        ]}
      />
    </form>
  );
}
