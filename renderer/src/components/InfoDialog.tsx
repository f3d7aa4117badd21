import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useModal } from '../lib/useModal';

interface InfoDialogProps {
  /** The heading; the dialog is open while it is not null. */
  title: string | null;
  /** The control that opened it, to give focus back to on closing. */
  returnFocus: HTMLElement | null;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A wide modal that shows something and closes: focus starts on its heading (so reading starts at
 * the top), Escape or Close shut it, and focus goes back to where it came from.
 */
export function InfoDialog({ title, returnFocus, onClose, children }: InfoDialogProps) {
  const ref = useModal(title !== null);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (title !== null) heading.current?.focus();
  }, [title]);

  const close = () => {
    onClose();
    window.requestAnimationFrame(() => returnFocus?.focus());
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
      {title !== null && (
        <>
          <h2 id={titleId} ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {children}
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
