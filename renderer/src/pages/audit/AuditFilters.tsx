import { useEffect } from 'react';
import { auditActionLabel, auditEntityLabel } from '../../../../shared/domain/audit';
import { displayName } from '../../../../shared/domain/staff';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { Field } from '../../components/Field';
import { FilterChips, type FilterGroup } from '../../components/FilterChips';
import { StaffPicker, type PickedStaff } from '../../components/StaffPicker';

/** What the educator chose to see; days are the workstation's calendar days. */
export interface AuditChoice {
  person: PickedStaff | null;
  entities: string[];
  actions: string[];
  from: string;
  to: string;
}

export const NO_CHOICE: AuditChoice = { person: null, entities: [], actions: [], from: '', to: '' };

/** The instant a workstation day starts, as the trail stores instants (ISO-8601 UTC). */
export function startOfDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays).toISOString();
}

/** The last day before the first: said next to the field rather than asked of the trail. */
export function rangeError(choice: AuditChoice): string | undefined {
  return choice.from !== '' && choice.to !== '' && choice.to < choice.from
    ? 'the last day must be on or after the first day'
    : undefined;
}

/** Loads the name of a person given by id in the address (a link from their page). */
export function usePersonFromAddress(
  staffId: number | null,
  onFound: (person: PickedStaff) => void,
): void {
  useEffect(() => {
    if (staffId === null) return;
    let current = true;
    void api.call('people.get', { id: staffId }).then((result) => {
      if (current && result.ok) {
        const s = result.value.staff;
        onFound({
          staffId: s.id,
          displayName: displayName(s),
          employeeNumber: s.employeeNumber,
          unit: s.unit,
        });
      }
    });
    return () => {
      current = false;
    };
    // The address is read once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [staffId]);
}

/** Person, kind of record, kind of change and days: each narrows the trail. */
export function AuditFilters(props: {
  choice: AuditChoice;
  onChange: (choice: AuditChoice) => void;
}) {
  const { choice, onChange } = props;
  const facets = useApiQuery('audit.facets', {});
  const groups: FilterGroup[] = [
    {
      key: 'entities',
      label: 'Record',
      options: (facets.data?.entities ?? []).map((f) => ({
        value: f.value,
        label: auditEntityLabel(f.value),
        count: f.count,
      })),
      selected: choice.entities,
    },
    {
      key: 'actions',
      label: 'Change',
      options: (facets.data?.actions ?? []).map((f) => ({
        value: f.value,
        label: auditActionLabel(f.value),
        count: f.count,
      })),
      selected: choice.actions,
    },
  ];
  const error = rangeError(choice);
  return (
    <div className="stack">
      <div className="toolbar">
        <StaffPicker
          label="About a person"
          hint="Every event about them: their record, enrolments, pairings, goals, meetings, sign-offs, training and evaluations."
          clearLabel="Show everyone"
          selected={choice.person}
          onChange={(person) => onChange({ ...choice, person })}
        />
        <Field label="From" hint="First day shown">
          {(control) => (
            <input
              {...control}
              type="date"
              value={choice.from}
              onChange={(e) => onChange({ ...choice, from: e.target.value })}
            />
          )}
        </Field>
        <Field label="To" error={error} hint={error ? undefined : 'Last day shown'}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={choice.to}
              onChange={(e) => onChange({ ...choice, to: e.target.value })}
            />
          )}
        </Field>
      </div>
      <FilterChips
        groups={groups}
        onChange={(key, selected) => onChange({ ...choice, [key]: selected })}
        onClearAll={() => onChange({ ...choice, entities: [], actions: [] })}
      />
    </div>
  );
}
