import { useId } from 'react';
import type { MatchBreakdown } from '../../../../shared/domain/matching';
import { useModal } from '../../lib/useModal';
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
  const ref = useModal(view !== null);
  const titleId = useId();

  const close = () => {
    const target = view?.returnFocus;
    onClose();
    window.requestAnimationFrame(() => target?.focus());
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      {view && (
        <>
          <h2 id={titleId}>{view.title}</h2>
          <div className="dialog-body">
            <BreakdownTable breakdown={view.breakdown} caption={view.title} />
          </div>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
