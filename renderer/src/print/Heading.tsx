import type { ReactNode } from 'react';

/**
 * A section heading that is never left alone at the foot of a page: its box reserves room below
 * it (printStyles: `.keep-with-next`), so when the next lines would not fit it moves over with them.
 */
export function Heading({ level = 2, children }: { level?: 2 | 3; children: ReactNode }) {
  return (
    <div className={`keep-with-next level-${level}`}>
      {level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>}
    </div>
  );
}
