import type { ReactNode } from 'react';

/**
 * What a viewer sees instead of a form they may not submit (the core would refuse it anyway):
 * one sentence, so a page reached by its address still says why there is nothing to fill in.
 */
export function ViewerNote({ children }: { children: ReactNode }) {
  return (
    <p className="banner" role="note">
      {children}
    </p>
  );
}
