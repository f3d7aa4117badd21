import { useEffect, useId, useRef } from 'react';
import type { MatchBreakdown } from '../../../../shared/domain/matching';
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
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (view && !dialog.open) dialog.showModal();
    if (!view && dialog.open) dialog.close();
  }, [view]);

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
