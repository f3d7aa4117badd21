import type { MatchBreakdown } from '../../../../shared/domain/matching';
import { InfoDialog } from '../../components/InfoDialog';
import { BreakdownTable } from '../pairings/BreakdownTable';

export interface BreakdownView {
  title: string;
  breakdown: MatchBreakdown;
  /** The button that opened it, to give focus back to. */
  returnFocus: HTMLElement | null;
}

/** The score's breakdown in a modal dialog: Escape or Close returns to the card. */
export function BreakdownDialog({
  view,
  onClose,
}: {
  view: BreakdownView | null;
  onClose: () => void;
}) {
  return (
    <InfoDialog
      title={view?.title ?? null}
      returnFocus={view?.returnFocus ?? null}
      onClose={onClose}
    >
      {view && (
        <div className="dialog-body">
          <BreakdownTable breakdown={view.breakdown} caption={view.title} />
        </div>
      )}
    </InfoDialog>
  );
}
