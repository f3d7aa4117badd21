import {
  staffInput,
  type Role,
  type Shift,
  type StaffMember,
  type StaffStatus,
} from '../../../../shared/domain/staff';
import type { z } from 'zod';
import type { FieldErrors } from '../../lib/problems';

/** What the form holds: exactly what was typed, so nothing is lost when validation fails. */
export interface StaffFormValues {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  preferredName: string;
  email: string;
  role: Role | '';
  unit: string;
  jobLevel: string;
  hireDate: string;
  endDate: string;
  yearsExperience: string;
  shift: Shift | '';
  languages: string;
  interests: string;
  careerGoals: string;
  supervisorId: number | null;
  status: StaffStatus;
  notes: string;
}

export const EMPTY_STAFF_FORM: StaffFormValues = {
  employeeNumber: '',
  firstName: '',
  lastName: '',
  preferredName: '',
  email: '',
  role: '',
  unit: '',
  jobLevel: '',
  hireDate: '',
  endDate: '',
  yearsExperience: '',
  shift: '',
  languages: '',
  interests: '',
  careerGoals: '',
  supervisorId: null,
  status: 'active',
  notes: '',
};

export function formFromStaff(s: StaffMember): StaffFormValues {
  return {
    employeeNumber: s.employeeNumber,
    firstName: s.firstName ?? '',
    lastName: s.lastName ?? '',
    preferredName: s.preferredName ?? '',
    email: s.email ?? '',
    role: s.role ?? '',
    unit: s.unit ?? '',
    jobLevel: s.jobLevel === null ? '' : String(s.jobLevel),
    hireDate: s.hireDate ?? '',
    endDate: s.endDate ?? '',
    yearsExperience: s.yearsExperience === null ? '' : String(s.yearsExperience),
    shift: s.shift ?? '',
    languages: s.languages.join(', '),
    interests: s.interests.join(', '),
    careerGoals: s.careerGoals ?? '',
    supervisorId: s.supervisorId,
    status: s.status,
    notes: s.notes ?? '',
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A number field: empty is "not known" (null); anything else must be a number. */
function numberOrProblem(text: string): number | null | 'nan' {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'nan';
}

export type StaffPayload = z.output<typeof staffInput>;

/**
 * Checks the form with the same schema the back end uses, so the educator sees every problem
 * before anything is sent. Returns the payload or the errors by field.
 */
export function validateStaffForm(
  values: StaffFormValues,
): { ok: true; value: StaffPayload } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const jobLevel = numberOrProblem(values.jobLevel);
  const years = numberOrProblem(values.yearsExperience);
  if (jobLevel === 'nan') errors.jobLevel = 'expected a number from 1 to 5';
  if (years === 'nan') errors.yearsExperience = 'expected a number of years';
  const candidate = {
    employeeNumber: values.employeeNumber,
    firstName: values.firstName,
    lastName: values.lastName,
    preferredName: values.preferredName,
    email: values.email,
    role: values.role === '' ? null : values.role,
    unit: values.unit,
    jobLevel: jobLevel === 'nan' ? null : jobLevel,
    hireDate: values.hireDate === '' ? null : values.hireDate,
    endDate: values.endDate === '' ? null : values.endDate,
    yearsExperience: years === 'nan' ? null : years,
    shift: values.shift === '' ? null : values.shift,
    languages: list(values.languages),
    interests: list(values.interests),
    careerGoals: values.careerGoals,
    supervisorId: values.supervisorId,
    status: values.status,
    notes: values.notes,
  };
  const parsed = staffInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (key !== '') errors[key] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
