import {
  displayName,
  type Role,
  type Shift,
  type StaffMember,
  type StaffStatus,
  type StaffSummary,
} from '../../../shared/domain/staff';

/** A staff row as SQLite stores it: lists as JSON text, snake_case names. */
export interface StaffRow {
  id: number;
  employee_number: string;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
  email: string | null;
  role: string | null;
  unit: string | null;
  job_level: number | null;
  hire_date: string | null;
  end_date: string | null;
  years_experience: number | null;
  shift: string | null;
  languages_json: string;
  interests_json: string;
  career_goals: string | null;
  supervisor_id: number | null;
  status: string;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export function toStaffMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    employeeNumber: row.employee_number,
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
    email: row.email,
    role: row.role as Role | null,
    unit: row.unit,
    jobLevel: row.job_level,
    hireDate: row.hire_date,
    endDate: row.end_date,
    yearsExperience: row.years_experience,
    shift: row.shift as Shift | null,
    languages: JSON.parse(row.languages_json) as string[],
    interests: JSON.parse(row.interests_json) as string[],
    careerGoals: row.career_goals,
    supervisorId: row.supervisor_id,
    status: row.status as StaffStatus,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toStaffSummary(s: StaffMember): StaffSummary {
  return {
    id: s.id,
    employeeNumber: s.employeeNumber,
    displayName: displayName(s),
    role: s.role,
    unit: s.unit,
    jobLevel: s.jobLevel,
    shift: s.shift,
    yearsExperience: s.yearsExperience,
    status: s.status,
  };
}

/** The columns a staff write sets, as named parameters for the statements below. */
export type StaffFields = Omit<StaffMember, 'id' | 'createdAt' | 'updatedAt'>;

export function toParams(s: StaffFields): Record<string, unknown> {
  return {
    employeeNumber: s.employeeNumber,
    firstName: s.firstName,
    lastName: s.lastName,
    preferredName: s.preferredName,
    email: s.email,
    role: s.role,
    unit: s.unit,
    jobLevel: s.jobLevel,
    hireDate: s.hireDate,
    endDate: s.endDate,
    yearsExperience: s.yearsExperience,
    shift: s.shift,
    languages: JSON.stringify(s.languages),
    interests: JSON.stringify(s.interests),
    careerGoals: s.careerGoals,
    supervisorId: s.supervisorId,
    status: s.status,
    notes: s.notes,
  };
}

export const INSERT_STAFF = `
  INSERT INTO staff (employee_number, first_name, last_name, preferred_name, email, role, unit,
    job_level, hire_date, end_date, years_experience, shift, languages_json, interests_json,
    career_goals, supervisor_id, status, notes, created_at, updated_at)
  VALUES (@employeeNumber, @firstName, @lastName, @preferredName, @email, @role, @unit,
    @jobLevel, @hireDate, @endDate, @yearsExperience, @shift, @languages, @interests,
    @careerGoals, @supervisorId, @status, @notes, @at, @at)`;

export const UPDATE_STAFF = `
  UPDATE staff SET employee_number = @employeeNumber, first_name = @firstName,
    last_name = @lastName, preferred_name = @preferredName, email = @email, role = @role,
    unit = @unit, job_level = @jobLevel, hire_date = @hireDate, end_date = @endDate,
    years_experience = @yearsExperience, shift = @shift, languages_json = @languages,
    interests_json = @interests, career_goals = @careerGoals, supervisor_id = @supervisorId,
    status = @status, notes = @notes, updated_at = @at
  WHERE id = @id`;
