import { z } from 'zod';

/** Disciplines a facility's staff directory uses (DOMAIN.md "Staff member"). */
export const ROLES = [
  'rn',
  'lpn',
  'cna',
  'phlebotomist',
  'lab_scientist',
  'lab_technician',
  'therapist',
  'physician',
  'admin',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  rn: 'Registered nurse',
  lpn: 'Licensed practical nurse',
  cna: 'Certified nursing assistant',
  phlebotomist: 'Phlebotomist',
  lab_scientist: 'Medical lab scientist',
  lab_technician: 'Medical lab technician',
  therapist: 'Therapist',
  physician: 'Physician',
  admin: 'Administrative',
  other: 'Other',
};

export const SHIFTS = ['day', 'evening', 'night', 'rotating'] as const;
export type Shift = (typeof SHIFTS)[number];

export const SHIFT_LABELS: Record<Shift, string> = {
  day: 'Day',
  evening: 'Evening',
  night: 'Night',
  rotating: 'Rotating',
};

export const STAFF_STATUSES = ['active', 'on_leave', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = {
  active: 'Active',
  on_leave: 'On leave',
  left: 'Left',
};

export interface StaffMember {
  id: number;
  employeeNumber: string;
  firstName: string | null;
  lastName: string | null;
  preferredName: string | null;
  email: string | null;
  role: Role | null;
  unit: string | null;
  jobLevel: number | null;
  hireDate: string | null;
  endDate: string | null;
  yearsExperience: number | null;
  shift: Shift | null;
  languages: string[];
  interests: string[];
  careerGoals: string | null;
  supervisorId: number | null;
  status: StaffStatus;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The row the People table shows: enough to find someone, small enough for 5,000 at once. */
export interface StaffSummary {
  id: number;
  employeeNumber: string;
  displayName: string;
  role: Role | null;
  unit: string | null;
  jobLevel: number | null;
  shift: Shift | null;
  yearsExperience: number | null;
  status: StaffStatus;
}

/** "Preferred (First) Last", or the employee number when HR sent no name. */
export function displayName(s: {
  firstName: string | null;
  lastName: string | null;
  preferredName: string | null;
  employeeNumber: string;
}): string {
  const first = s.preferredName ?? s.firstName;
  const name = [first, s.lastName].filter((p): p is string => !!p && p.trim() !== '').join(' ');
  return name === '' ? `Employee ${s.employeeNumber}` : name;
}

export const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar day as `YYYY-MM-DD` that really exists (no 2026-02-30). */
export const isoDay = z
  .string()
  .regex(ISO_DAY, 'expected a date as YYYY-MM-DD')
  // zod runs refinements even after the regex fails; only a well-formed day is checked here.
  .refine(
    (s) => !ISO_DAY.test(s) || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'no such date',
  );

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullable()
    .transform((s) => (s === '' ? null : s));

/** What an educator may type when adding or editing a staff member. */
export const staffInput = z
  .object({
    employeeNumber: z
      .string()
      .trim()
      .min(1, 'employee number is required')
      .max(32, 'at most 32 characters')
      .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
    firstName: optionalText(80),
    lastName: optionalText(80),
    preferredName: optionalText(80),
    email: optionalText(200).refine(
      (s) => s === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s),
      'expected an e-mail address like name@example.org',
    ),
    role: z.enum(ROLES).nullable(),
    unit: optionalText(80),
    jobLevel: z.number().int('a whole number').min(1, '1 to 5').max(5, '1 to 5').nullable(),
    hireDate: isoDay.nullable(),
    endDate: isoDay.nullable(),
    yearsExperience: z
      .number()
      .int('a whole number of years')
      .min(0, 'cannot be negative')
      .max(70, 'at most 70 years')
      .nullable(),
    shift: z.enum(SHIFTS).nullable(),
    languages: z.array(z.string().trim().min(1).max(40)).max(20),
    interests: z.array(z.string().trim().min(1).max(80)).max(30),
    careerGoals: optionalText(2000),
    supervisorId: z.number().int().positive().nullable(),
    status: z.enum(STAFF_STATUSES),
    notes: optionalText(5000),
  })
  .superRefine((s, ctx) => {
    if (s.endDate !== null && s.hireDate !== null && s.endDate < s.hireDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'the end date is before the hire date',
      });
    }
  });
export type StaffInput = z.input<typeof staffInput>;
