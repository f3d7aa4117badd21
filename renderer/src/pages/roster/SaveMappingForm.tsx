import { useState } from 'react';
import type { RosterMapping } from '../../../../shared/domain/roster';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

/** "Save mapping as…": keep this mapping for the next export from the same HR system. */
export function SaveMappingForm(props: { mapping: RosterMapping; onSaved: () => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (!open) {
    return (
      <div>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Save mapping as…
        </button>
        <Notice>{saved}</Notice>
      </div>
    );
  }

  const save = async () => {
    if (name.trim() === '') {
      setError({
        code: 'invalid_input',
        message: 'a name is required',
        details: { problems: [{ field: 'name', message: 'a name is required' }] },
      });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.call('roster.mappings.save', { name, mapping: props.mapping });
    setBusy(false);
    if (result.ok) {
      setSaved(`Mapping saved as “${result.value.name}”. Choose it in step 1 next time.`);
      setOpen(false);
      setName('');
      props.onSaved();
    } else {
      setError(result.error);
    }
  };
  const nameError = fieldErrorsFrom(error).name;

  return (
    <form
      className="card form inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        label="Mapping name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={nameError}
        hint="e.g. “Workday monthly export”. Saving again under the same name replaces it."
        autoFocus
      />
      <ErrorBanner error={error && !nameError ? error : null} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save mapping'}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
