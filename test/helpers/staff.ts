import type { StaffInput } from '../../shared/domain/staff';

/** A registered nurse on days in Cardiology, as the People form would send one. */
export function staffFields(
  employeeNumber: string,
  firstName: string | null,
  lastName: string | null,
  fields: Partial<StaffInput> = {},
): StaffInput {
  return {
    employeeNumber,
    firstName,
    lastName,
    preferredName: null,
    email: null,
    role: 'rn',
    unit: 'Cardiology',
    jobLevel: 2,
    hireDate: null,
    endDate: null,
    yearsExperience: 5,
    shift: 'day',
    languages: ['English'],
    interests: [],
    careerGoals: null,
    supervisorId: null,
    status: 'active',
    notes: null,
    ...fields,
  };
}
