import { useState, type FormEvent } from 'react';
import {
  READINESS,
  READINESS_LABELS,
  type Readiness,
  type ReadinessRating,
  type Succession,
} from '../../../../shared/domain/outcomes';
import type { ApiError } from '../../../../shared/result';
import { displayName } from '../../../../shared/domain/staff';
import { api } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { StaffPicker, type PickedStaff } from '../../components/StaffPicker';
import { fieldErrorsFrom } from '../../lib/problems';
import { formatDay, todayIso } from '../../lib/format';
import { ChartCard } from './ChartCard';

export function SuccessionTables({ succession }: { succession: Succession }) {
  return (
    <div className="outcome-grid">
      <ChartCard
        title="Succession: ready successors per unit and role"
        n={`n = ${succession.ratings.length} rated leadership mentees`}
        table={{
          columns: ['Unit', 'Role', 'Ready now', 'Ready in 1–2 years', 'Not yet ready'],
          rows: succession.byUnitAndRole.map((u) => [
            u.unit,
            u.targetRole,
            u.readyNow,
            u.oneToTwoYears,
            u.notYet,
          ]),
        }}
      />
      <ChartCard
        title="Succession: current readiness ratings"
        n={`n = ${succession.ratings.length}`}
        table={{
          columns: [
            'Person',
            'Unit',
            'Role they could step into',
            'Readiness',
            'Rated on',
            'Rated by',
          ],
          rows: succession.ratings.map((r) => [
            r.personName,
            r.unit ?? '—',
            r.targetRole,
            READINESS_LABELS[r.readiness],
            formatDay(r.ratedOn),
            r.raterName,
          ]),
        }}
      />
      <ChartCard
        title="Succession: units with nobody ready now"
        n={`n = ${succession.unitsWithoutReadySuccessor.length} units`}
        table={{ columns: ['Unit'], rows: succession.unitsWithoutReadySuccessor.map((u) => [u]) }}
      />
    </div>
  );
}

/** A new rating; an earlier one is never changed (the latest counts, history stays). */
export function ReadinessForm({
  succession,
  onSaved,
}: {
  succession: Succession;
  onSaved: () => void;
}) {
  const [staffId, setStaffId] = useState('');
  const [rater, setRater] = useState<PickedStaff | null>(null);
  const [readiness, setReadiness] = useState<Readiness>('not_yet');
  const [targetRole, setTargetRole] = useState('');
  const [ratedOn, setRatedOn] = useState(todayIso());
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrorsFrom(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const result = await api.call('outcomes.rateReadiness', {
      staffId: Number(staffId),
      raterId: rater?.staffId ?? 0,
      readiness,
      targetRole,
      ratedOn,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(
      `Rated ${result.value.personName}: ${READINESS_LABELS[result.value.readiness]} for ${result.value.targetRole}.`,
    );
    onSaved();
  };

  if (succession.candidates.length === 0) {
    return (
      <p className="muted">
        No leadership-program mentees yet: enrol mentees in a leadership cohort to rate their
        readiness.
      </p>
    );
  }
  return (
    <form
      className="card outcome-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="readiness-heading"
    >
      <h3 id="readiness-heading">Record a readiness rating</h3>
      <p className="muted small">
        A rating is never edited: a new rating replaces it in the view, and both stay in the
        history.
      </p>
      <ErrorBanner error={error} />
      {done && <Notice>{done}</Notice>}
      <div className="form-row">
        <SelectField
          label="Leadership mentee"
          required
          value={staffId}
          onChange={(e) => setStaffId(e.target.value)}
          options={[
            { value: '', label: 'Choose…' },
            ...succession.candidates.map((c) => ({
              value: String(c.staffId),
              label: `${c.name}${c.unit ? ` (${c.unit})` : ''}`,
            })),
          ]}
          error={errors.staffId}
        />
        <SelectField
          label="Readiness"
          value={readiness}
          onChange={(e) => setReadiness(e.target.value as Readiness)}
          options={READINESS.map((r) => ({ value: r, label: READINESS_LABELS[r] }))}
        />
        <TextField
          label="Role they could step into"
          required
          value={targetRole}
          onChange={(e) => setTargetRole(e.target.value)}
          error={errors.targetRole}
        />
        <TextField
          label="Rated on"
          type="date"
          required
          value={ratedOn}
          onChange={(e) => setRatedOn(e.target.value)}
          error={errors.ratedOn}
        />
      </div>
      <StaffPicker
        label="Rated by"
        required
        hint="The leader who assessed readiness."
        clearLabel="Choose someone else"
        selected={rater}
        onChange={setRater}
        statuses={['active', 'on_leave']}
        error={errors.raterId}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Record rating
        </button>
      </div>
    </form>
  );
}

/**
 * Corrects a current rating: a new rating supersedes it with a reason; the old one is never
 * edited and stays in the person's history (shown below the form once a rating is chosen).
 */
export function ReadinessCorrectionForm({
  succession,
  onSaved,
}: {
  succession: Succession;
  onSaved: () => void;
}) {
  const [ratingId, setRatingId] = useState('');
  const [readiness, setReadiness] = useState<Readiness>('not_yet');
  const [targetRole, setTargetRole] = useState('');
  const [ratedOn, setRatedOn] = useState(todayIso());
  const [rater, setRater] = useState<PickedStaff | null>(null);
  const [reason, setReason] = useState('');
  const [history, setHistory] = useState<ReadinessRating[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrorsFrom(error);

  const loadHistory = async (staffId: number) => {
    const result = await api.call('outcomes.ratingHistory', { staffId });
    setHistory(result.ok ? result.value : []);
  };

  const loadRater = async (id: number) => {
    const result = await api.call('people.get', { id });
    if (result.ok) {
      const s = result.value.staff;
      setRater({
        staffId: s.id,
        displayName: displayName(s),
        employeeNumber: s.employeeNumber,
        unit: s.unit,
      });
    }
  };

  const choose = (value: string) => {
    setRatingId(value);
    setDone(null);
    setError(null);
    const original = succession.ratings.find((r) => String(r.id) === value);
    if (!original) {
      setHistory([]);
      return;
    }
    // Start from what the rating says: usually one thing in it was wrong.
    setReadiness(original.readiness);
    setTargetRole(original.targetRole);
    setRatedOn(original.ratedOn);
    setRater(null);
    setReason('');
    void loadRater(original.raterId);
    void loadHistory(original.staffId);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const result = await api.call('outcomes.correctReadiness', {
      ratingId: Number(ratingId),
      raterId: rater?.staffId ?? 0,
      readiness,
      targetRole,
      ratedOn,
      reason,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(
      `Corrected ${result.value.personName}'s rating: now ${READINESS_LABELS[result.value.readiness]} for ${result.value.targetRole}. The earlier rating stays in the history.`,
    );
    setRatingId(String(result.value.id));
    setReason('');
    void loadHistory(result.value.staffId);
    onSaved();
  };

  if (succession.ratings.length === 0) return null;
  return (
    <form
      className="card outcome-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="correct-readiness-heading"
    >
      <h3 id="correct-readiness-heading">Correct a readiness rating</h3>
      <p className="muted small">
        A rating recorded in error is never edited: the correction supersedes it, with the reason,
        and both stay in the person&apos;s history.
      </p>
      <ErrorBanner error={error} />
      {done && <Notice>{done}</Notice>}
      <div className="form-row">
        <SelectField
          label="Rating to correct"
          required
          value={ratingId}
          onChange={(e) => choose(e.target.value)}
          options={[
            { value: '', label: 'Choose…' },
            ...succession.ratings.map((r) => ({
              value: String(r.id),
              label: `${r.personName}: ${READINESS_LABELS[r.readiness]}, ${r.targetRole} (${formatDay(r.ratedOn)})`,
            })),
          ]}
          error={errors.ratingId}
        />
      </div>
      {ratingId !== '' && (
        <>
          <div className="form-row">
            <SelectField
              label="Corrected readiness"
              value={readiness}
              onChange={(e) => setReadiness(e.target.value as Readiness)}
              options={READINESS.map((r) => ({ value: r, label: READINESS_LABELS[r] }))}
            />
            <TextField
              label="Corrected role they could step into"
              required
              value={targetRole}
              onChange={(e) => setTargetRole(e.target.value)}
              error={errors.targetRole}
            />
            <TextField
              label="Corrected rating day"
              type="date"
              required
              value={ratedOn}
              onChange={(e) => setRatedOn(e.target.value)}
              error={errors.ratedOn}
            />
          </div>
          <StaffPicker
            label="Rated by (corrected)"
            required
            hint="The leader who assessed readiness."
            clearLabel="Choose someone else"
            selected={rater}
            onChange={setRater}
            statuses={['active', 'on_leave']}
            error={errors.raterId}
          />
          <TextField
            label="Reason for the correction"
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Record correction
            </button>
          </div>
          {history.length > 0 && <RatingHistory history={history} />}
        </>
      )}
    </form>
  );
}

function RatingHistory({ history }: { history: ReadinessRating[] }) {
  const first = history[0];
  return (
    <div className="table-scroll">
      <table className="table table-compact">
        <caption>Rating history of {first?.personName ?? 'this person'}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Rated on</th>
            <th scope="col">Readiness</th>
            <th scope="col">Role</th>
            <th scope="col">Rated by</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {history.map((r) => (
            <tr key={r.id}>
              <td>{formatDay(r.ratedOn)}</td>
              <td>{READINESS_LABELS[r.readiness]}</td>
              <td>{r.targetRole}</td>
              <td>{r.raterName}</td>
              <td>
                {r.supersededById !== null
                  ? `Corrected by rating #${r.supersededById}`
                  : r.supersedesId !== null
                    ? `Current (corrects #${r.supersedesId})`
                    : 'Current'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
