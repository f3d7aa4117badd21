import { useRef, useState } from 'react';
import type { FacilityStatus } from '../../../../shared/domain/facility';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CheckboxField, TextField } from '../../components/Field';
import { Progress } from '../../components/Progress';
import { fieldErrorsFrom } from '../../lib/problems';

/** Errors about the file itself (exists already, newer version) belong next to the path. */
const PATH_CODES: ReadonlySet<ApiError['code']> = new Set([
  'conflict',
  'not_found',
  'unsupported_version',
]);

export function CreateFacilityForm(props: {
  defaultPath: string;
  onDone: (status: FacilityStatus) => void;
}) {
  const [path, setPath] = useState(props.defaultPath);
  const [name, setName] = useState('');
  const [demo, setDemo] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const fieldErrors = fieldErrorsFrom(error);
  const pathError =
    fieldErrors.path ?? (error && PATH_CODES.has(error.code) ? error.message : undefined);
  const bannerError = error && !pathError && !fieldErrors.name ? error : null;

  const submit = async () => {
    if (name.trim() === '') {
      setError({
        code: 'invalid_input',
        message: 'The facility name is required.',
        details: { problems: [{ field: 'name', message: 'the facility name is required' }] },
      });
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.call('facility.create', { path, name, demo });
    setBusy(false);
    if (result.ok) props.onDone(result.value);
    else setError(result.error);
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label="Facility name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldErrors.name}
        autoComplete="organization"
        ref={nameRef}
        placeholder="e.g. St. Mary's General Hospital"
      />
      <TextField
        label="Database file"
        required
        value={path}
        onChange={(e) => setPath(e.target.value)}
        error={pathError}
        hint="Where the facility's data is kept. The suggested place is fine for most workstations."
        spellCheck={false}
        className="field-path"
      />
      <CheckboxField
        label="Fill it with the demo facility (generated staff from a sample HR roster)"
        hint="For trying Tandem out. Leave it unticked for real facility data."
        checked={demo}
        onChange={(e) => setDemo(e.target.checked)}
      />
      <ErrorBanner error={bannerError} />
      {busy && (
        <Progress
          label={demo ? 'Creating the demo facility…' : 'Creating the facility database…'}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Create database
        </button>
      </div>
    </form>
  );
}
