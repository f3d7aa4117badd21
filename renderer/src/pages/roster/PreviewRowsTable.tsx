import {
  ROSTER_FIELDS,
  type RosterMapping,
  type RosterRecord,
  type RosterValues,
} from '../../../../shared/domain/roster';
import { ROLE_LABELS, SHIFT_LABELS, STAFF_STATUS_LABELS } from '../../../../shared/domain/staff';
import { formatCount, formatDay } from '../../lib/format';

function show(key: keyof RosterValues, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (key === 'role') return ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? String(value);
  if (key === 'shift') return SHIFT_LABELS[value as keyof typeof SHIFT_LABELS] ?? String(value);
  if (key === 'status')
    return STAFF_STATUS_LABELS[value as keyof typeof STAFF_STATUS_LABELS] ?? String(value);
  if (key === 'hireDate' || key === 'endDate') return formatDay(String(value));
  return String(value);
}

/** The first rows exactly as they will be stored, one column per mapped field. */
export function PreviewRowsTable(props: {
  rows: RosterRecord[];
  mapping: RosterMapping;
  total: number;
}) {
  const mapped = new Set(Object.values(props.mapping.columns));
  const fields = ROSTER_FIELDS.filter((f) => mapped.has(f.key));
  if (props.rows.length === 0) return <p className="muted">No rows to show.</p>;
  return (
    <>
      <p className="muted">
        The first {formatCount(props.rows.length)} of {formatCount(props.total)} rows, as they will
        be stored.
      </p>
      <div className="table-scroll table-scroll-both">
        <table className="table table-compact preview-table">
          <caption className="sr-only">Rows as they will be stored</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              {fields.map((f) => (
                <th key={f.key} scope="col">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.row}>
                <td className="num">{r.row}</td>
                {fields.map((f) => (
                  <td key={f.key}>{show(f.key, r.values[f.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
