import { useId, useState } from 'react';
import { describeSkipped } from '../../../../shared/contract/programs';
import type { EnrolmentRole, ProgramFormat } from '../../../../shared/domain/programs';
import { api } from '../../api/client';
import { TextField } from '../../components/Field';
import { plural } from '../../lib/format';
import { BulkEnrol } from './BulkEnrol';
import { ROLE_WORDS, type EnrolFn } from './enrol';
import { PersonSearch } from './PersonSearch';

interface EnrolPanelProps {
  cohortId: number;
  defaultCapacity: number;
  /** Peer programs enrol peers (each is mentor and mentee); a group's capacity is its size. */
  format?: ProgramFormat;
  /** Staff ids enrolled now, per role (withdrawn people can be enrolled again). */
  enrolled: Record<EnrolmentRole, ReadonlySet<number>>;
  onEnrolled: (message: string) => void;
}

/** Enrol staff as mentors or mentees: one by one by search, or many picked from filters. */
export function EnrolPanel({
  cohortId,
  defaultCapacity,
  format,
  enrolled,
  onEnrolled,
}: EnrolPanelProps) {
  const roleName = useId();
  const [role, setRole] = useState<EnrolmentRole>(format === 'peer' ? 'peer' : 'mentee');
  const roles: readonly EnrolmentRole[] =
    format === 'peer' ? ['peer', 'mentee', 'mentor'] : ['mentee', 'mentor'];
  const [capacity, setCapacity] = useState(String(defaultCapacity));
  const capacityNumber = Number(capacity);
  const capacityError =
    role === 'mentor' &&
    (capacity.trim() === '' ||
      !Number.isInteger(capacityNumber) ||
      capacityNumber < 0 ||
      capacityNumber > 20)
      ? 'a whole number from 0 to 20'
      : undefined;

  const enrol: EnrolFn = async (staffIds) => {
    if (capacityError) {
      return { code: 'invalid_input', message: `Mentees per mentor: ${capacityError}.` };
    }
    const result = await api.call('enrolments.add', {
      cohortId,
      role,
      staffIds,
      ...(role === 'mentor' ? { capacity: capacityNumber } : {}),
    });
    if (!result.ok) return result.error;
    const { enrolled: n, reinstated, alreadyEnrolled, skipped } = result.value;
    const words = ROLE_WORDS[role];
    const again = reinstated > 0 ? ` (${reinstated} re-enrolled after a withdrawal)` : '';
    const already =
      alreadyEnrolled.length > 0
        ? ` ${plural(alreadyEnrolled.length, 'was', 'were')} already enrolled.`
        : '';
    // One role per person per cohort: say who was left out, and why.
    const names = skipped.length <= 5 ? ` (${skipped.map((s) => s.name).join(', ')})` : '';
    const left = skipped.length > 0 ? ` ${describeSkipped(skipped)}${names}.` : '';
    onEnrolled(`Enrolled ${plural(n, words.one, words.many)}${again}.${already}${left}`);
    return null;
  };

  return (
    <section className="card section-card" aria-labelledby="enrol-staff">
      <h2 id="enrol-staff">Enrol staff</h2>
      <div className="enrol-settings">
        <fieldset className="radio-group radio-row">
          <legend>Enrol as</legend>
          {roles.map((r) => (
            <label key={r} className="radio-option">
              <input
                type="radio"
                name={roleName}
                checked={role === r}
                onChange={() => setRole(r)}
              />
              <span>{r === 'mentee' ? 'Mentees' : r === 'mentor' ? 'Mentors' : 'Peers'}</span>
            </label>
          ))}
        </fieldset>
        {role === 'mentor' && (
          <>
            <TextField
              label={format === 'group' ? 'Group size (mentees per mentor)' : 'Mentees per mentor'}
              inputMode="numeric"
              className="capacity-field"
              value={capacity}
              onChange={(e) => setCapacity(e.target.value)}
              error={capacityError}
              hint={
                format === 'group'
                  ? `Matching fills each mentor's circle up to this size; the program's is ${defaultCapacity}.`
                  : `The program's default is ${defaultCapacity}.`
              }
            />
          </>
        )}
      </div>
      <div className="enrol-modes">
        <PersonSearch role={role} enrolled={enrolled} onEnrol={enrol} />
        <BulkEnrol cohortId={cohortId} role={role} enrolled={enrolled} onEnrol={enrol} />
      </div>
    </section>
  );
}
