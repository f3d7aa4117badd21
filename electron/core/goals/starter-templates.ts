import type { GoalTemplateInput } from '../../../shared/domain/goals';
import type { ProgramKind } from '../../../shared/domain/programs';

type Starter = Omit<GoalTemplateInput, 'programId'>;

/**
 * Goal templates an education team would start from, by kind of program: what preceptors and
 * residency coordinators commonly set in the first months (counts, error rates, percentages).
 */
export const STARTER_GOAL_TEMPLATES: Partial<Record<ProgramKind, readonly Starter[]>> = {
  residency: [
    {
      title: 'Insert peripheral IVs independently by week 8',
      metric: 'Successful independent PIV insertions',
      unit: 'insertions',
      baseline: 0,
      target: 10,
      plan: 'Two supervised attempts per shift with the preceptor; IV simulation lab in week 1; vein finder on the unit.',
      relevance: 'IV insertion',
      dueWeek: 8,
      milestones: [
        { title: 'First supervised insertion', week: 1 },
        { title: 'Five independent insertions', week: 5 },
      ],
    },
    {
      title: 'Recognise sepsis without prompting',
      metric: 'Sepsis screens completed without prompting',
      unit: '%',
      baseline: 40,
      target: 95,
      plan: 'Sepsis simulation in week 3; preceptor reviews every screen for the first month.',
      relevance: 'Sepsis recognition',
      dueWeek: 10,
      milestones: [{ title: 'Sepsis simulation passed', week: 3 }],
    },
    {
      title: 'Reduce EHR charting errors to 1 a week',
      metric: 'Charting errors found in the weekly chart audit',
      unit: 'errors per week',
      baseline: 8,
      target: 1,
      plan: 'EHR super-user session; chart audit feedback every Friday.',
      relevance: 'EHR charting',
      dueWeek: 12,
      milestones: [
        { title: 'EHR super-user session', week: 2 },
        { title: 'Below 4 errors a week', week: 6 },
      ],
    },
    {
      title: 'Carry a full five-patient assignment',
      metric: 'Patients in the assignment',
      unit: 'patients',
      baseline: 2,
      target: 5,
      plan: 'Add one patient when the preceptor signs off the current load for two weeks running.',
      relevance: 'Career goal: independent practice on the unit',
      dueWeek: 16,
      milestones: [
        { title: 'Three patients', week: 4 },
        { title: 'Four patients', week: 10 },
      ],
    },
    {
      title: 'Finish medication passes within the 60-minute window',
      metric: 'Medication passes finished on time',
      unit: '%',
      baseline: 60,
      target: 95,
      plan: 'Med-pass observation by the unit educator; time-management huddle with the preceptor.',
      relevance: 'Medication administration',
      dueWeek: 20,
      milestones: [
        { title: 'Med-pass observation', week: 6 },
        { title: '80 % on time', week: 12 },
      ],
    },
  ],
  preceptorship: [
    {
      title: 'First-stick venipuncture success of 90 %',
      metric: 'Venipunctures successful on the first stick',
      unit: '%',
      baseline: 70,
      target: 90,
      plan: 'Daily outpatient draws with the preceptor; difficult-draw clinic in week 3.',
      relevance: 'Venipuncture',
      dueWeek: 6,
      milestones: [{ title: 'Difficult-draw clinic', week: 3 }],
    },
    {
      title: 'No specimen labelling errors',
      metric: 'Specimen labelling errors reported by the lab',
      unit: 'errors per week',
      baseline: 3,
      target: 0,
      plan: 'Label at the bedside, two identifiers, every time; weekly error report review.',
      relevance: 'Specimen handling',
      dueWeek: 8,
      milestones: [],
    },
  ],
  leadership: [
    {
      title: 'Lead the morning safety huddle',
      metric: 'Huddles led',
      unit: 'huddles',
      baseline: 0,
      target: 8,
      plan: 'Co-lead two huddles with the mentor, then lead one a week.',
      relevance: 'Leading a huddle',
      dueWeek: 12,
      milestones: [{ title: 'First huddle led alone', week: 4 }],
    },
  ],
};
