import { z } from 'zod';
import {
  printRequest,
  printSettingsInput,
  quarterText,
  type BatchJob,
  type PrintableDocument,
  type PrintedFile,
  type PrintSettings,
} from '../domain/printing';
import { method } from './define';

const id = z.number().int().positive();
const jobId = z.string().trim().min(1).max(64);

// The printing methods of the contract: preview, one PDF, and a cohort's packets in a batch.
export const printingMethods = {
  'printing.settings': method(z.object({})).returns<PrintSettings>(),
  'printing.updateSettings': method(printSettingsInput).returns<PrintSettings>(),
  /** The document's data, for the on-screen preview (the same views print the PDF). */
  'printing.preview': method(printRequest).returns<PrintableDocument>(),
  /** Writes one PDF into the output folder and says where. */
  'printing.print': method(printRequest).returns<PrintedFile>(),
  'printing.startBatch': method(
    z.object({ cohortId: id, quarter: quarterText }),
  ).returns<BatchJob>(),
  'printing.batchStatus': method(z.object({ jobId })).returns<BatchJob>(),
  'printing.cancelBatch': method(z.object({ jobId })).returns<BatchJob>(),
};
