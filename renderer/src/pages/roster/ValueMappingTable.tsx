import { useId } from 'react';
import {
  ROLES,
  ROLE_LABELS,
  SHIFTS,
  SHIFT_LABELS,
  STAFF_STATUSES,
  STAFF_STATUS_LABELS,
} from '../../../../shared/domain/staff';
import type { CodedColumn, CodedField, RosterMapping } from '../../../../shared/domain/roster';
import { formatCount } from '../../lib/format';

const STORED: Record<CodedField, { value: string; label: string }[]> = {
  role: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
  shift: SHIFTS.map((s) => ({ value: s, label: SHIFT_LABELS[s] })),
  status: STAFF_STATUSES.map((s) => ({ value: s, label: STAFF_STATUS_LABELS[s] })),
};

const FIELD_NAMES: Record<CodedField, string> = {
  role: 'Role / discipline',
  shift: 'Usual shift',
  status: 'Status',
};

/** One coded column: each value found in the file, how often, and what it is stored as. */
export function ValueMappingTable(props: {
  coded: CodedColumn;
  mapping: RosterMapping;
  onChange: (mapping: RosterMapping) => void;
}) {
  const { coded, mapping } = props;
  const headingId = useId();
  const current: Record<string, string> = { ...(mapping.values[coded.field] ?? {}) };

  const set = (fileValue: string, stored: string) => {
    const next = Object.fromEntries(
      Object.entries(current).filter(([value]) => value !== fileValue),
    );
    if (stored !== '') next[fileValue] = stored;
    props.onChange({ ...mapping, values: { ...mapping.values, [coded.field]: next } });
  };

  return (
    <div className="value-mapping">
      <h3 id={headingId} className="subheading">
        “{coded.column}” → {FIELD_NAMES[coded.field]}
      </h3>
      <table className="table table-compact" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Value in the file</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col">Stored as</th>
          </tr>
        </thead>
        <tbody>
          {coded.values.map((v, index) => {
            const stored = current[v.value] ?? v.mappedTo ?? '';
            const guessed = v.guessed && stored === v.mappedTo;
            const guessId = `${headingId}-guess-${index}`;
            return (
              <tr key={v.value}>
                <th scope="row" className="mono">
                  {v.value === '' ? '(empty)' : v.value}
                </th>
                <td className="num">{formatCount(v.count)}</td>
                <td>
                  <select
                    aria-label={`${coded.column} value ${v.value === '' ? '(empty)' : v.value} stored as`}
                    aria-describedby={guessed ? guessId : undefined}
                    value={stored}
                    onChange={(event) => set(v.value, event.target.value)}
                    aria-invalid={stored === '' ? true : undefined}
                  >
                    {stored === '' && <option value="">— Not mapped —</option>}
                    {STORED[coded.field].map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  {guessed && (
                    <span className="badge badge-warn" id={guessId}>
                      Guessed<span className="sr-only"> from the word in the file: check it</span>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
