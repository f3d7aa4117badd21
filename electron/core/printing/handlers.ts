import type { DomainHandlers } from '../api/router';
import { TandemError } from '../../../shared/result';

// Placeholder until the printing module lands (being written now).
const todo = (): never => {
  throw new TandemError('internal', 'not built yet');
};

export const printingHandlers: DomainHandlers<'printing'> = {
  'printing.settings': todo,
  'printing.updateSettings': todo,
  'printing.preview': todo,
  'printing.print': todo,
  'printing.startBatch': todo,
  'printing.batchStatus': todo,
  'printing.cancelBatch': todo,
};
