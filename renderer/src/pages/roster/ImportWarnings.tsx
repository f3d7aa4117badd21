import { ROLE_LABELS, SHIFT_LABELS, STAFF_STATUS_LABELS } from '../../../../shared/domain/staff';
import type { CodedField } from '../../../../shared/domain/roster';
import { formatCount } from '../../lib/format';
import type { GuessedValue } from './importRules';

/** What will import but may not be what was meant; it does not block the import. */
export function ImportWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="banner banner-warn" role="status">
      <span className="banner-word">Check before importing:</span>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

export const STORED_LABELS: Record<CodedField, Record<string, string>> = {
  role: ROLE_LABELS,
  shift: SHIFT_LABELS,
  status: STAFF_STATUS_LABELS,
};

/** The values Tandem guessed from a synonym, listed so each can be checked and changed. */
export function GuessedValues({ guesses }: { guesses: GuessedValue[] }) {
  if (guesses.length === 0) return null;
  return (
    <div className="banner banner-warn">
      <span className="banner-word">Guessed:</span> Tandem took{' '}
      {guesses.length === 1 ? 'this code' : 'these codes'} to mean what the words suggest. If one is
      wrong, go back to the mapping and change it under “Coded values”.
      <ul>
        {guesses.map((g) => (
          <li key={`${g.field}:${g.value}`}>
            “{g.value}” in {g.column} → {STORED_LABELS[g.field][g.mappedTo] ?? g.mappedTo} (
            {formatCount(g.count)} {g.count === 1 ? 'row' : 'rows'})
          </li>
        ))}
      </ul>
    </div>
  );
}
