import type { DomainHandlers } from '../api/router';
import { batchStatus, cancelBatch, startBatch } from './batch';
import { previewDocument } from './documents';
import { printToFile } from './print';
import { printSettings, updatePrintSettings } from './settings';

export const printingHandlers: DomainHandlers<'printing'> = {
  'printing.settings': (_input, ctx) => printSettings(ctx),
  'printing.updateSettings': (input, ctx) => updatePrintSettings(ctx, input),
  'printing.preview': (input, ctx) => previewDocument(ctx, input),
  'printing.print': (input, ctx) => printToFile(ctx, input),
  'printing.startBatch': (input, ctx) => startBatch(ctx, input),
  'printing.batchStatus': (input, ctx) => batchStatus(ctx, input.jobId),
  'printing.cancelBatch': (input, ctx) => cancelBatch(ctx, input.jobId),
};
