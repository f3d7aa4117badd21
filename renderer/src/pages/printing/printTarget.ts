import { useEffect } from 'react';

/**
 * What the page on screen prints with File ▸ Print… when its address alone does not say (a form
 * shows one of its versions). One page is shown at a time, so one slot is enough.
 */
let target: string | null = null;

export function currentPrintTarget(): string | null {
  return target;
}

/** Declares the preview address of what this page prints, for as long as it is shown. */
export function usePrintTarget(path: string | null): void {
  useEffect(() => {
    target = path;
    return () => {
      if (target === path) target = null;
    };
  }, [path]);
}
