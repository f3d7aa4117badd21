import { useId, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useCan } from '../../app/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDay, plural } from '../../lib/format';
import { HistoryDialog } from './HistoryDialog';
import { LevelBadge, progressText } from './LevelBadge';
import '../../styles/blocks.css';
import '../../styles/competencies.css';

/** On a person's page: their current level in every competency signed off, and a way to sign off more. */
export function PersonCompetencies({ staffId }: { staffId: number }) {
  const selectId = useId();
  const rows = useApiQuery('competencies.forStaff', { staffId });
  const catalogue = useApiQuery('competencies.list', {});
  const [chosen, setChosen] = useState('');
  const [open, setOpen] = useState<{ staffId: number; competencyId: number; sign: boolean } | null>(
    null,
  );
  const items = rows.data ?? [];
  const canSign = useCan('competencies.signOff');

  return (
    <section className="card section-card" aria-labelledby="person-competencies">
      <div className="section-head">
        <h2 id="person-competencies">Competencies</h2>
        {canSign && (
          <div className="field field-inline">
            <label htmlFor={selectId}>Sign off</label>
            <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose a competency</option>
              {(catalogue.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-small"
              disabled={chosen === ''}
              onClick={() => setOpen({ staffId, competencyId: Number(chosen), sign: true })}
            >
              Sign off…
            </button>
          </div>
        )}
      </div>
      <ErrorBanner error={rows.error ?? catalogue.error} />
      {rows.data && items.length === 0 && (
        <p className="muted">
          {canSign
            ? 'No sign-offs yet. Choose a competency above to record the first.'
            : 'No sign-offs yet.'}
        </p>
      )}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="table table-compact">
            <caption className="sr-only">Current competency levels</caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">Current level</th>
                <th scope="col">Since</th>
                <th scope="col">Time to competent</th>
                <th scope="col" className="num">
                  Sign-offs
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.competency.id}>
                  <th scope="row">
                    {r.competency.name}
                    <span className="muted small history-recorded">{r.competency.category}</span>
                  </th>
                  <td>{r.current ? <LevelBadge level={r.current.level} /> : '—'}</td>
                  <td className="nowrap">{formatDay(r.current?.date)}</td>
                  <td>{progressText(r.progress)}</td>
                  <td className="num nowrap">{plural(r.signOffCount, 'sign-off', 'sign-offs')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`History of ${r.competency.name}`}
                      onClick={() =>
                        setOpen({ staffId, competencyId: r.competency.id, sign: false })
                      }
                    >
                      History
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <HistoryDialog
        subject={open}
        startSigning={open?.sign ?? false}
        onClose={() => setOpen(null)}
        onChanged={rows.reload}
      />
    </section>
  );
}
