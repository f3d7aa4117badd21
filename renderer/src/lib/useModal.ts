import { useEffect, useRef } from 'react';

/**
 * Keeps a native <dialog> shown as a modal exactly while `open` is true: the browser then keeps
 * focus inside it and Escape fires its cancel event.
 */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
