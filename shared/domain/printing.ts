import { z } from 'zod';
import { QUARTER_PATTERN } from '../periods';
import { periodKey } from './evaluations';

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
 * print views (renderer/src/print) both for the on-screen preview and for the PDF.
 * Each kind's fields are declared in the printing module (see PrintableDocument's members).
 */
export type PrintableDocument =
  | PacketDocument
  | CohortPacketDocument
  | BlankFormDocument
  | CertificateDocument;

/** Filled in by the printing module; kept here so both sides share one type. */
export interface DocumentHeader {
  facilityName: string;
  title: string;
  printedOn: string;
  paperSize: PaperSize;
  landscape: boolean;
}

export interface PacketDocument {
  kind: 'packet';
  header: DocumentHeader;
}

export interface CohortPacketDocument {
  kind: 'cohortPacket';
  header: DocumentHeader;
  packets: PacketDocument[];
}

export interface BlankFormDocument {
  kind: 'blankForm';
  header: DocumentHeader;
}

export interface CertificateDocument {
  kind: 'certificate';
  header: DocumentHeader;
}
