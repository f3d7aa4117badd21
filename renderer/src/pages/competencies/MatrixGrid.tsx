import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { CompetencyMatrix, MatrixRow } from '../../../../shared/domain/competencies';
import { ROLE_LABELS } from '../../../../shared/domain/staff';
import { LevelBadge } from './LevelBadge';
import { moveBy, type Position } from './gridKeys';

export interface CellChoice {
  staffId: number;
  competencyId: number;
}

interface MatrixGridProps {
  matrix: CompetencyMatrix;
  rows: MatrixRow[];
  /** Opens the history in a modal dialog, which gives focus back to the cell when it closes. */
  onOpen: (cell: CellChoice) => void;
}

/**
 * People × competencies as an ARIA grid: one cell is in the tab order at a time, arrow keys
 * (and Home, End, Page Up/Down) move between cells, Enter or Space opens the history.
 */
export function MatrixGrid({ matrix, rows, onOpen }: MatrixGridProps) {
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const cols = matrix.competencies.length;
  const at = { row: Math.min(active.row, rows.length - 1), col: Math.min(active.col, cols - 1) };

  const open = (row: number, col: number) => {
    const person = rows[row]?.person;
    const competency = matrix.competencies[col];
    if (person && competency) onOpen({ staffId: person.staffId, competencyId: competency.id });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(at.row, at.col);
      return;
    }
    const next = moveBy(event.key, event.ctrlKey || event.metaKey, at, rows.length, cols);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    cells.current.get(`${next.row}:${next.col}`)?.focus();
  };

  return (
    <div className="matrix-scroll">
      <table
        className="matrix"
        role="grid"
        aria-labelledby="matrix-title"
        aria-describedby="matrix-help"
        aria-rowcount={rows.length + 1}
        aria-colcount={cols + 1}
      >
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              Person
            </th>
            {matrix.competencies.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, row) => (
            <tr key={r.person.staffId}>
              <th scope="row">
                {r.person.displayName}
                <span className="matrix-person-role">
                  {r.cohortRole === 'mentee' ? 'Mentee' : 'Mentor'}
                  {r.person.role ? ` · ${ROLE_LABELS[r.person.role]}` : ''}
                </span>
              </th>
              {r.cells.map((cell, col) => {
                const isActive = row === at.row && col === at.col;
                const level = cell?.current?.level;
                return (
                  <td
                    key={matrix.competencies[col]?.id ?? col}
                    role="gridcell"
                    tabIndex={isActive ? 0 : -1}
                    className={`matrix-cell${level ? ` level-${level}` : ''}`}
                    ref={(el) => {
                      if (el) cells.current.set(`${row}:${col}`, el);
                      else cells.current.delete(`${row}:${col}`);
                    }}
                    onKeyDown={onKeyDown}
                    onFocus={() => setActive({ row, col })}
                    onClick={() => {
                      setActive({ row, col });
                      open(row, col);
                    }}
                  >
                    {level ? (
                      <LevelBadge level={level} />
                    ) : (
                      <span className="matrix-empty">
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">Not signed off</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
