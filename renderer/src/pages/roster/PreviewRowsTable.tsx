import { useId } from 'react';
import {
  ROSTER_FIELDS,
  type RosterField,
  type RosterMapping,
  type RosterRecord,
  type RosterValues,
} from '../../../../shared/domain/roster';
import { formatCount } from '../../lib/format';
import { rosterValueText } from './rosterValues';

/** A full-name column is stored as first and last name: the preview shows those two. */
function shownFields(mapping: RosterMapping): RosterField[] {
  const mapped = new Set(Object.values(mapping.columns));
  if (mapped.has('fullName')) {
    mapped.add('firstName');
    mapped.add('lastName');
  }
  // Self-identified data is never shown per person: the preview only counts it.
  return ROSTER_FIELDS.filter(
    (f) => f.key !== 'fullName' && !f.selfIdentified && mapped.has(f.key),
  );
}

/** The first rows exactly as they will be stored, one column per mapped field. */
export function PreviewRowsTable(props: {
  rows: RosterRecord[];
  mapping: RosterMapping;
  total: number;
}) {
  const captionId = useId();
  const fields = shownFields(props.mapping);
  if (props.rows.length === 0) return <p className="muted">No rows to show.</p>;
  return (
    <>
      <p className="muted">
        The first {formatCount(props.rows.length)} of {formatCount(props.total)} rows, as they will
        be stored.
      </p>
      {/* Wide files scroll sideways: the region takes focus so the keyboard can scroll it too. */}
      <div
        className="table-scroll table-scroll-both"
        tabIndex={0}
        role="region"
        aria-labelledby={captionId}
      >
        <table className="table table-compact preview-table">
          <caption id={captionId} className="sr-only">
            Rows as they will be stored
          </caption>
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
                  <td key={f.key}>
                    {rosterValueText(f.key, r.values[f.key as keyof RosterValues])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
