import { useId, useState } from 'react';
import type { MentorSuggestion } from '../../../../shared/domain/board';
import type { MatchWeights } from '../../../../shared/domain/programs';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDebounced } from '../../lib/useDebounced';

interface WeightPreviewProps {
  programId: number;
  weights: MatchWeights;
  saved: MatchWeights;
}

/**
 * Before saving: for the first mentees of one of this program's cohorts, the top 3 mentors now
 * and under the weights being edited (debounced, so sliding does not flood the back end).
 */
export function WeightPreview({ programId, weights, saved }: WeightPreviewProps) {
  const selectId = useId();
  const cohorts = useApiQuery('cohorts.list', { programId });
  const [chosen, setChosen] = useState<number | null>(null);
  const withMentees = (cohorts.data ?? []).filter((c) => c.menteeCount > 0 && c.mentorCount > 0);
  const cohortId = chosen ?? withMentees[0]?.id ?? null;
  const debounced = useDebounced(weights, 400);
  const preview = useApiQuery(
    'matching.previewWeights',
    { cohortId: cohortId ?? 1, weights: debounced },
    { enabled: cohortId !== null },
  );
  const unchanged = JSON.stringify(weights) === JSON.stringify(saved);

  if (cohorts.data && withMentees.length === 0) {
    return (
      <div className="weight-preview">
        <h3 className="subheading">Preview</h3>
        <p className="muted">
          To preview these weights, add a cohort to this program and enrol mentors and mentees in
          it.
        </p>
      </div>
    );
  }

  return (
    <div className="weight-preview" aria-busy={preview.loading}>
      <h3 className="subheading">Preview: top 3 mentors now and with these weights</h3>
      <div className="field field-inline">
        <label htmlFor={selectId}>Cohort</label>
        <select
          id={selectId}
          value={cohortId ?? ''}
          onChange={(e) => setChosen(Number(e.target.value))}
        >
          {withMentees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code} — {c.name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted small" role="status">
        {preview.loading
          ? 'Updating the preview…'
          : unchanged
            ? 'Move a slider to see how the suggestions would change. Nothing is saved until you save the program.'
            : 'Not saved yet: this is how the suggestions would change.'}
      </p>
      <ErrorBanner error={preview.error} />
      {preview.data && (
        <table className="table table-compact preview-weights">
          <caption className="sr-only">Top 3 mentors for the first mentees, now and edited</caption>
          <thead>
            <tr>
              <th scope="col">Mentee</th>
              <th scope="col">Now</th>
              <th scope="col">With these weights</th>
            </tr>
          </thead>
          <tbody>
            {preview.data.map((row) => (
              <tr key={row.menteeEnrolmentId}>
                <th scope="row">
                  {row.mentee.displayName}
                  <div className="muted small">{row.mentee.unit ?? 'No unit'}</div>
                </th>
                <td>
                  <TopList items={row.current} />
                </td>
                <td>
                  <TopList items={row.proposed} compare={row.current} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function TopList({ items, compare }: { items: MentorSuggestion[]; compare?: MentorSuggestion[] }) {
  if (items.length === 0) return <span className="muted">No eligible mentor</span>;
  return (
    <ol className="top-list">
      {items.map((s) => {
        const before = compare?.find((c) => c.mentorEnrolmentId === s.mentorEnrolmentId);
        const isNew = compare !== undefined && !before;
        return (
          <li key={s.mentorEnrolmentId}>
            <span>{s.mentor.displayName}</span>{' '}
            <span className="score-pill">{s.breakdown.score}</span>
            {isNew && <span className="tag-new"> new in top 3</span>}
            {before && before.breakdown.score !== s.breakdown.score && (
              <span className="muted small"> (was {before.breakdown.score})</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
