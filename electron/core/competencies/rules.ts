import type { SignOff, SignOffInput } from '../../../shared/domain/competencies';
import { TandemError, type Problem } from '../../../shared/result';
import type { Db } from '../db/open';
import { getPerson } from './rows';

/** What a sign-off says, whether it is new or a correction. */
export type Content = Pick<Required<SignOffInput>, 'level' | 'validatorId' | 'date' | 'method'> & {
  note: string | null;
};

/**
 * Collects every reason a sign-off is refused, each tied to its field, and throws them
 * together; a broken rule outranks a plain input mistake in the error code.
 */
export class Refusal {
  readonly problems: Problem[] = [];
  private readonly sentences: string[] = [];
  private rule = false;

  add(
    problem: Required<Pick<Problem, 'field' | 'value' | 'message'>>,
    sentence: string,
    rule: boolean,
  ): void {
    this.problems.push(problem);
    this.sentences.push(sentence);
    this.rule ||= rule;
  }

  throwIfAny(): void {
    const [first, ...others] = this.sentences;
    if (first === undefined) return;
    const more =
      others.length === 0
        ? ''
        : ` (and ${others.length} more problem${others.length > 1 ? 's' : ''})`;
    throw new TandemError(
      this.rule ? 'rule_violation' : 'invalid_input',
      `Nothing was recorded: ${first}${more}`,
      { problems: this.problems },
    );
  }
}

/** The rules of every sign-off: nobody validates themself, leavers validate nobody, no future days. */
export function checkContent(
  db: Db,
  today: string,
  staffId: number,
  content: Content,
  refusal: Refusal,
): void {
  const validator = getPerson(db, content.validatorId, 'validatorId');
  const value = validator.employeeNumber;
  if (validator.staffId === staffId) {
    refusal.add(
      { field: 'validatorId', value, message: 'cannot be the person being validated' },
      `${validator.displayName} cannot validate their own competency; choose another validator.`,
      true,
    );
  } else if (validator.status === 'left') {
    refusal.add(
      { field: 'validatorId', value, message: 'has left the facility' },
      `${validator.displayName} has left the facility and can no longer validate sign-offs.`,
      true,
    );
  }
  if (content.date > today) {
    refusal.add(
      {
        field: 'date',
        value: content.date,
        message: `cannot be in the future (today is ${today})`,
      },
      `the sign-off date ${content.date} is in the future; use today (${today}) or an earlier day.`,
      false,
    );
  }
}

export function sameContent(old: SignOff, c: Content): boolean {
  return (
    old.level === c.level &&
    old.validator.staffId === c.validatorId &&
    old.date === c.date &&
    old.method === c.method &&
    old.note === c.note
  );
}
