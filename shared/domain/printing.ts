import { z } from 'zod';
import { QUARTER_PATTERN } from '../periods';
import { periodKey, type QuestionKind } from './evaluations';
import type {
  Access,
  Engagement,
  Retention,
  SatisfactionCell,
  Skills,
  Succession,
} from './outcomes';
import { isoDay } from './staff';

/** Paper the workstation's printer takes; every printed layout fits both. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const PAPER_SIZE_LABELS: Record<PaperSize, string> = {
  a4: 'A4 (210 × 297 mm)',
  letter: 'US Letter (8.5 × 11 in)',
};

export const quarterText = z
  .string()
  .trim()
  .regex(QUARTER_PATTERN, 'a quarter like 2026-Q3 (year, then Q1 to Q4)');

const id = z.number().int().positive();

/** What can be printed: one request shape for preview, single PDF and the CLI. */
export const printRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('packet'), pairingId: id, quarter: quarterText }),
  z.object({ kind: z.literal('cohortPacket'), cohortId: id, quarter: quarterText }),
  z.object({
    kind: z.literal('blankForm'),
    formVersionId: id,
    /** Printed on the form so the paper can be matched to its pairing when it comes back. */
    pairingId: id.nullable().default(null),
    period: periodKey.nullable().default(null),
  }),
  z.object({ kind: z.literal('pairingCertificate'), pairingId: id }),
  z.object({ kind: z.literal('milestoneCertificate'), milestoneId: id }),
  /** The program outcomes report for the Outcomes page's filter (every field optional). */
  z.object({
    kind: z.literal('outcomesReport'),
    programId: id.nullable().default(null),
    cohortId: id.nullable().default(null),
    unit: z.string().trim().min(1).nullable().default(null),
    from: isoDay.nullable().default(null),
    to: isoDay.nullable().default(null),
  }),
]);
export type PrintRequest = z.input<typeof printRequest>;
export type ParsedPrintRequest = z.output<typeof printRequest>;

export interface PrintSettings {
  paperSize: PaperSize;
  /** Where printed PDFs are written on this workstation. */
  outputFolder: string;
}

export const printSettingsInput = z.object({
  paperSize: z.enum(PAPER_SIZES).optional(),
  outputFolder: z.string().trim().min(1, 'a folder is required').max(1024).optional(),
});

export interface PrintedFile {
  path: string;
  pages: number;
  bytes: number;
}

export const BATCH_STATES = ['running', 'done', 'cancelled', 'failed'] as const;
export type BatchState = (typeof BATCH_STATES)[number];

/** A cohort's packets being printed in the background: one PDF per pairing and one combined. */
export interface BatchJob {
  id: string;
  cohortId: number;
  cohortCode: string;
  quarter: string;
  state: BatchState;
  done: number;
  total: number;
  folder: string;
  files: string[];
  combinedPath: string | null;
  error: string | null;
}

/**
 * The data of a printable document, built by the core from the database and rendered by the
 * print views (renderer/src/print) both for the on-screen preview and for the PDF. Everything a
 * view shows is in here, already worded (labels, not codes), so the views stay pure; days are
 * `YYYY-MM-DD` and the views write them in `header.locale`.
 */
export type PrintableDocument =
  | PacketDocument
  | CohortPacketDocument
  | BlankFormDocument
  | CertificateDocument
  | OutcomesReportDocument;

/** What every page's header and footer say, and the paper it is laid out for. */
export interface DocumentHeader {
  facilityName: string;
  title: string;
  /** The day it was printed (the footer's "Printed on"). */
  printedOn: string;
  /** The workstation's locale (BCP 47), for writing days and numbers. */
  locale: string;
  paperSize: PaperSize;
  landscape: boolean;
  /**
   * The audit chain's head when the document was built: hold it against `audit verify` and
   * the export manifests. Absent where no facility database stands behind the document.
   */
  auditHead?: { events: number; hash: string };
}

export interface PrintPeriod {
  /** `2026-Q3`. */
  key: string;
  /** `2026-Q3 (July–September 2026)`. */
  label: string;
  start: string;
  end: string;
}

export interface PrintPerson {
  staffId: number;
  name: string;
  employeeNumber: string;
  /** Discipline, e.g. "Registered nurse". */
  discipline: string | null;
  unit: string | null;
}

export interface PacketPairing {
  id: number;
  statusLabel: string;
  /** Active or paused: its end date is the planned one. */
  open: boolean;
  startDate: string | null;
  endDate: string | null;
  /** Why it ended early, worded, or null. */
  endReason: string | null;
  /** The match score (0–100) frozen when the pairing was made. */
  score: number;
  mentor: PrintPerson;
  mentee: PrintPerson;
  programName: string;
  cohortCode: string;
  cohortName: string;
  /**
   * How the pairing is arranged when it is not one-to-one: the mentoring circle it belongs to
   * with the circle's mentors, or a reciprocal peer pairing. Null for one mentor, one mentee.
   */
  arrangement: string | null;
}

export interface PacketGoal {
  title: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  /** The latest value recorded by the end of the period (or by today), or null. */
  latest: number | null;
  /** Share of the way from baseline to target, 0–100, rounded. */
  percent: number;
  statusLabel: string;
  dueDate: string;
  milestonesAchieved: number;
  milestonesTotal: number;
}

export interface PacketMeetings {
  cadenceLabel: string;
  /** Expected meetings of the period that had come by the day the packet describes. */
  expected: number;
  held: number;
  missed: number;
  cancelled: number;
  /** Expected meetings whose time passed with nothing recorded. */
  overdue: number;
  /** Held meetings beyond the cadence. */
  extra: number;
  /** Held of expected, rounded, or null when none were expected. */
  percent: number | null;
  /** The held meetings of the period, oldest first. */
  meetings: { date: string; minutes: number; modeLabel: string; topics: string[] }[];
}

/** A scored question's mean on its own scale (Likert 1–5, rating 0–10). */
export interface QuestionMean {
  question: string;
  scaleLabel: string;
  current: number | null;
  previous: number | null;
}

export interface FormScores {
  formName: string;
  audienceLabel: string;
  anonymityLabel: string;
  /** Responses this period and last, and their mean score on 0–100 (null: none scored). */
  currentCount: number;
  currentScore: number | null;
  previousCount: number;
  previousScore: number | null;
  questions: QuestionMean[];
}

export interface PacketEvaluations {
  currentCount: number;
  previousCount: number;
  forms: FormScores[];
}

/** A comment from a named form: printed with its author. */
export interface NamedComment {
  formName: string;
  question: string;
  author: string;
  authorRole: string;
  answeredOn: string;
  text: string;
}

/** A comment from a confidential form: nothing that names or dates its author is kept. */
export interface ConfidentialComment {
  formName: string;
  question: string;
  text: string;
}

export interface PacketSignOff {
  signedOn: string;
  personName: string;
  competency: string;
  levelLabel: string;
  methodLabel: string;
  validatorName: string;
}

export interface PacketTraining {
  completedOn: string;
  personName: string;
  moduleName: string;
}

export interface PacketActionItem {
  meetingDate: string;
  description: string;
  owner: string;
  dueDate: string;
}

export interface SignatureLine {
  role: string;
  /** Printed under the line; null leaves a line to print the name by hand. */
  name: string | null;
}

export interface PacketDocument {
  kind: 'packet';
  header: DocumentHeader;
  period: PrintPeriod;
  previousPeriod: PrintPeriod;
  /** The day the figures describe: the period's last day, or today while it is running. */
  asOf: string;
  pairing: PacketPairing;
  goals: PacketGoal[];
  meetings: PacketMeetings;
  evaluations: PacketEvaluations;
  namedComments: NamedComment[];
  confidentialComments: ConfidentialComment[];
  signOffs: PacketSignOff[];
  training: PacketTraining[];
  actionItems: PacketActionItem[];
  signatures: SignatureLine[];
}

export interface CohortPacketDocument {
  kind: 'cohortPacket';
  header: DocumentHeader;
  period: PrintPeriod;
  programName: string;
  cohortCode: string;
  cohortName: string;
  cohortStart: string;
  cohortEnd: string | null;
  /** One line per pairing on the cover, in the order the packets follow. */
  contents: { pairingId: number; mentorName: string; menteeName: string; statusLabel: string }[];
  packets: PacketDocument[];
}

export interface BlankQuestion {
  /** 1-based across the form, as respondents refer to it. */
  number: number;
  key: string;
  text: string;
  kind: QuestionKind;
  required: boolean;
  /** Likert: the five labels for 1 to 5. */
  labels: string[];
  /** Choice questions: the options. */
  options: string[];
}

export interface PairingReference {
  pairingId: number;
  cohortCode: string;
  mentorName: string;
  menteeName: string;
  /** `2026-Q3`, `day-30`, `end`, or null when not given. */
  period: string | null;
  periodLabel: string | null;
}

export interface BlankFormDocument {
  kind: 'blankForm';
  header: DocumentHeader;
  formVersionId: number;
  formName: string;
  version: number;
  audienceLabel: string;
  purposeLabel: string;
  anonymityLabel: string;
  /** ANONYMITY_STATEMENTS, word for word. */
  anonymityStatement: string;
  introduction: string;
  sections: { title: string; questions: BlankQuestion[] }[];
  reference: PairingReference | null;
}

export interface CertificateDocument {
  kind: 'certificate';
  header: DocumentHeader;
  /** "Certificate of completion" or "Certificate of achievement". */
  heading: string;
  recipientName: string;
  /** What is recognised, one sentence. */
  statement: string;
  programName: string;
  cohortName: string;
  /** The dates line, e.g. the pairing's start and completion, or the milestone's day. */
  dates: { label: string; day: string }[];
  mentorName: string;
  signatures: SignatureLine[];
}

/** The program outcomes report: the dashboard's figures for a filter, group counts suppressed. */
export interface OutcomesReportDocument {
  kind: 'outcomesReport';
  header: DocumentHeader;
  /** The filter in words, e.g. "Program: Residency · Unit: all · Dates: all". */
  scope: string;
  today: string;
  retention: Retention;
  satisfaction: SatisfactionCell[];
  engagement: Engagement;
  skills: Skills;
  access: Access;
  succession: Pick<Succession, 'byUnitAndRole' | 'unitsWithoutReadySuccessor'>;
}
