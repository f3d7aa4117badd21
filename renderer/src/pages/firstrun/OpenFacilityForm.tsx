import { useState } from 'react';
import type { FacilityStatus } from '../../../../shared/domain/facility';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { TextField } from '../../components/Field';
import { fieldErrorsFrom } from '../../lib/problems';

export function OpenFacilityForm(props: {
  recent: string[];
  onDone: (status: FacilityStatus) => void;
}) {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  // The path is the only thing typed here, so whatever went wrong is shown next to it.
  const pathError = error ? (fieldErrorsFrom(error).path ?? error.message) : undefined;

  const open = async (target: string) => {
    if (target.trim() === '') {
      setError({ code: 'invalid_input', message: 'a file path is required' });
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.call('facility.open', { path: target });
    setBusy(false);
    if (result.ok) props.onDone(result.value);
    else {
      setPath(target);
      setError(result.error);
    }
  };

  return (
    <div className="stack">
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void open(path);
        }}
      >
        <TextField
          label="Database file"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          error={pathError}
          hint="The full path of a .sqlite file made by Tandem."
          spellCheck={false}
          className="field-path"
        />
        {pathError && (
          <p className="sr-only" role="alert">
            {pathError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Opening…' : 'Open database'}
          </button>
        </div>
      </form>
      {props.recent.length > 0 && (
        <div>
          <h3 className="subheading">Recently opened</h3>
          <ul className="recent-list">
            {props.recent.map((recent) => (
              <li key={recent}>
                <button
                  type="button"
                  className="link-button recent-path"
                  disabled={busy}
                  onClick={() => void open(recent)}
                >
                  {recent}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
