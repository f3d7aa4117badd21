import { useId, useRef, useState, type ReactNode } from 'react';
import { downloadCsv, downloadPng, type ChartTable } from './csv';

interface ChartCardProps {
  title: string;
  /** "n = 120 mentees, 340 not mentored" and the like. */
  n: string;
  /** One sentence saying what the chart shows, for screen readers. */
  summary?: string;
  table: ChartTable;
  /** Absent for a section that is only a table. */
  chart?: ReactNode;
  note?: ReactNode;
}

/**
 * A chart with its title, n, a Chart / Table switch (the table holds every plotted value) and
 * CSV and PNG exports of the same figures.
 */
export function ChartCard({ title, n, summary = '', table, chart, note }: ChartCardProps) {
  const id = useId();
  const [view, setView] = useState<'chart' | 'table'>(chart ? 'chart' : 'table');
  const chartRef = useRef<HTMLDivElement>(null);
  const savePng = () => {
    const svg = chartRef.current?.querySelector('svg');
    if (svg) void downloadPng(svg, title);
  };
  return (
    <figure className="card outcome-card" aria-labelledby={`${id}-title`}>
      <figcaption className="outcome-card-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <span className="muted small">{n}</span>
      </figcaption>
      <div className="outcome-card-actions">
        {chart && (
          <div role="group" aria-label={`Show ${title} as`} className="segmented">
            <button
              type="button"
              className="button button-small"
              aria-pressed={view === 'chart'}
              onClick={() => setView('chart')}
            >
              Chart
            </button>
            <button
              type="button"
              className="button button-small"
              aria-pressed={view === 'table'}
              onClick={() => setView('table')}
            >
              Table
            </button>
          </div>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={() => downloadCsv(table, title)}
          aria-label={`Export ${title} as CSV`}
        >
          Export CSV
        </button>
        {chart && (
          <button
            type="button"
            className="button button-small"
            onClick={savePng}
            disabled={view !== 'chart'}
            aria-label={`Save ${title} as PNG`}
          >
            Save PNG
          </button>
        )}
      </div>
      {chart && view === 'chart' ? (
        <div
          ref={chartRef}
          className="outcome-chart"
          tabIndex={0}
          role="region"
          aria-label={`${title} (chart)`}
        >
          <div role="img" aria-label={summary}>
            {chart}
          </div>
        </div>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`${title} (table)`}>
          <table className="table outcome-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.length === 0 ? (
                <tr>
                  <td colSpan={table.columns.length}>Nothing to show for this filter.</td>
                </tr>
              ) : (
                table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={j}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      {note && <p className="muted small outcome-note">{note}</p>}
    </figure>
  );
}
