import { useId } from 'react';
import {
  ROSTER_FIELDS,
  type RosterFieldKey,
  type RosterMapping,
  type RosterPreview,
} from '../../../../shared/domain/roster';
import { formatCount, plural } from '../../lib/format';
import { unmappedRequired } from './importRules';
import { ImportWarnings } from './ImportWarnings';
import { SaveMappingForm } from './SaveMappingForm';
import { ValueMappingTable } from './ValueMappingTable';

interface MappingStepProps {
  preview: RosterPreview;
  mapping: RosterMapping;
  updating: boolean;
  onChange: (mapping: RosterMapping) => void;
  onBack: () => void;
  onSaved: () => void;
}

const IGNORE = '';
const STAFF_FIELDS = ROSTER_FIELDS.filter((f) => !f.selfIdentified);
const SELF_IDENTIFIED = ROSTER_FIELDS.filter((f) => f.selfIdentified);

export function MappingStep({
  preview,
  mapping,
  updating,
  onChange,
  onBack,
  onSaved,
}: MappingStepProps) {
  const missing = unmappedRequired(mapping);
  const storedCount = preview.columns.filter((c) => mapping.columns[c.header]).length;
  const usedBy = new Map<RosterFieldKey, string[]>();
  for (const [header, key] of Object.entries(mapping.columns)) {
    if (key) usedBy.set(key, [...(usedBy.get(key) ?? []), header]);
  }
  const setColumn = (header: string, key: RosterFieldKey | null) =>
    onChange({ ...mapping, columns: { ...mapping.columns, [header]: key } });

  return (
    <div className="stack">
      <p className="step-status" role="status">
        {preview.file.name}: {formatCount(preview.file.rowCount)} rows,{' '}
        {formatCount(preview.columns.length)} columns ·{' '}
        {updating ? (
          'Updating the preview…'
        ) : (
          <>
            {formatCount(preview.summary.new)} new, {formatCount(preview.summary.updated)} updated,{' '}
            {plural(preview.problemCount, 'problem', 'problems')}
          </>
        )}
      </p>
      {missing.length > 0 && (
        <p className="banner banner-warn" role="alert">
          <span className="banner-word">Needed:</span> map a column to{' '}
          {missing.map((f) => `“${f.label}”`).join(', ')}.
        </p>
      )}
      {!updating && <ImportWarnings warnings={preview.warnings} />}
      <section className="card" aria-labelledby="columns-heading">
        <h2 id="columns-heading">Columns</h2>
        <p className="muted">
          Choose what each column of the file holds. Columns you do not need (salary…) can be
          ignored; they are never stored. {formatCount(storedCount)} of{' '}
          {formatCount(preview.columns.length)} columns are stored. Self-identified columns (gender,
          race or ethnicity, age band, first-generation, internationally educated) need the column
          that records consent: they are stored only for people whose consent is recorded, an age
          only as its band, and never shown per person.
          {preview.codedColumns.length > 0 && (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const section = document.getElementById('coded-values');
                  section?.scrollIntoView({ block: 'start' });
                  section?.focus();
                }}
              >
                Go to the coded values
              </button>
            </>
          )}
        </p>
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="columns-heading">
          <table className="table mapping-table">
            <thead>
              <tr>
                <th scope="col">Column in the file</th>
                <th scope="col">Sample values</th>
                <th scope="col">Store as</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((column) => (
                <ColumnRow
                  key={column.header}
                  header={column.header}
                  samples={column.samples}
                  value={mapping.columns[column.header] ?? null}
                  duplicate={
                    (usedBy.get(mapping.columns[column.header] ?? ('' as RosterFieldKey))?.length ??
                      0) > 1
                  }
                  onChange={(key) => setColumn(column.header, key)}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {preview.codedColumns.length > 0 && (
        <section className="card" aria-labelledby="values-heading" id="coded-values" tabIndex={-1}>
          <h2 id="values-heading">Coded values</h2>
          <p className="muted">
            Some columns use the HR system&apos;s own codes. Say what each code means in Tandem.
          </p>
          <div className="coded-grid">
            {preview.codedColumns.map((coded) => (
              <ValueMappingTable
                key={`${coded.field}:${coded.column}`}
                coded={coded}
                mapping={mapping}
                onChange={onChange}
              />
            ))}
          </div>
        </section>
      )}
      <SaveMappingForm mapping={mapping} onSaved={onSaved} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onBack}>
          Choose another file
        </button>
      </div>
    </div>
  );
}

function ColumnRow(props: {
  header: string;
  samples: string[];
  value: RosterFieldKey | null;
  duplicate: boolean;
  onChange: (key: RosterFieldKey | null) => void;
}) {
  const id = useId();
  return (
    <tr className={props.value ? undefined : 'row-ignored'}>
      <th scope="row">
        <label htmlFor={id}>{props.header}</label>
      </th>
      <td className="samples">
        {props.samples.length === 0 ? (
          <span className="muted">(empty)</span>
        ) : (
          props.samples.slice(0, 4).join(' · ')
        )}
      </td>
      <td>
        <select
          id={id}
          value={props.value ?? IGNORE}
          aria-describedby={props.duplicate ? `${id}-dup` : undefined}
          onChange={(event) =>
            props.onChange(
              event.target.value === IGNORE ? null : (event.target.value as RosterFieldKey),
            )
          }
        >
          <option value={IGNORE}>Ignore this column</option>
          {STAFF_FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
              {f.required ? ' (required)' : ''}
            </option>
          ))}
          <optgroup label="Self-identified (stored only with consent, never shown per person)">
            {SELF_IDENTIFIED.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </optgroup>
        </select>
        {props.duplicate && (
          <p className="field-error" id={`${id}-dup`}>
            Another column is mapped to this field too.
          </p>
        )}
      </td>
    </tr>
  );
}
