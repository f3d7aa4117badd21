import { useId } from 'react';
import type { ReactNode } from 'react';
import { useModal } from '../lib/useModal';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** The consequence, in words: what will happen when confirmed. */
  children: ReactNode;
  confirmLabel: string;
  /** A destructive confirm button is styled as such. */
  danger?: boolean;
  busy?: boolean;
  /** Disable confirm (e.g. a required date is missing). */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks once, with the consequence in the question. A native modal <dialog>: focus is kept
 * inside, Escape cancels, and focus returns to the button that opened it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, danger, busy, confirmDisabled } = props;
  const ref = useModal(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) props.onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!confirmDisabled && !busy) props.onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
            Cancel
          </button>
          <button
            type="submit"
            className={`button ${danger ? 'button-danger' : 'button-primary'}`}
            disabled={busy || confirmDisabled}
          >
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
