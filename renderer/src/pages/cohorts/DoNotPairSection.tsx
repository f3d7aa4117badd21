import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { DoNotPairEntry } from '../../../../shared/contract/programs';
import type { PairingRef, RuleReview } from '../../../../shared/domain/pairings';
import type { Enrolment } from '../../../../shared/domain/programs';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { formatInstant, plural } from '../../lib/format';
import { fieldErrorsFrom } from '../../lib/problems';

interface DoNotPairSectionProps {
  mentors: Enrolment[];
  mentees: Enrolment[];
}

/** Pairs that must never be matched (facility-wide), with the reason; add one from this cohort. */
export function DoNotPairSection({ mentors, mentees }: DoNotPairSectionProps) {
  const list = useApiQuery('doNotPair.list', {});
  const [entries, setEntries] = useState<DoNotPairEntry[] | null>(null);
  const shown = entries ?? list.data ?? [];
  const [mentor, setMentor] = useState('');
  const [mentee, setMentee] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [review, setReview] = useState<RuleReview | null>(null);
  const errors = fieldErrorsFrom(error);
  const cohortStaff = new Set([...mentors, ...mentees].map((e) => e.person.staffId));

  const add = async () => {
    const problems = [
      ...(mentor === '' ? [{ field: 'staffA', message: 'choose a mentor' }] : []),
      ...(mentee === '' ? [{ field: 'staffB', message: 'choose a mentee' }] : []),
      ...(reason.trim() === ''
        ? [{ field: 'reason', message: 'say why these two must not be paired' }]
        : []),
    ];
    if (problems.length > 0) {
      setError({ code: 'invalid_input', message: 'Not added.', details: { problems } });
      return;
    }
    setBusy(true);
    setError(null);
    setReview(null);
    const result = await api.call('doNotPair.add', {
      staffA: Number(mentor),
      staffB: Number(mentee),
      reason,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { entries: added, ...changed } = result.value;
    setEntries(added);
    setReview(changed);
    setReason('');
    setMentee('');
  };

  const remove = async (id: number) => {
    setError(null);
    setReview(null);
    const result = await api.call('doNotPair.remove', { id });
    if (result.ok) setEntries(result.value);
    else setError(result.error);
  };

  const people = (items: Enrolment[], none: string) => [
    { value: '', label: none },
    ...items
      .filter((e) => !e.withdrawn)
      .map((e) => ({ value: String(e.person.staffId), label: e.person.displayName })),
  ];

  return (
    <section className="card section-card" aria-labelledby="do-not-pair">
      <h2 id="do-not-pair">Do-not-pair list</h2>
      <p className="muted small">
        These pairs are never proposed or placed, in any cohort (relatives, a conflict of interest,
        a past complaint). The reason is kept in the audit trail.
      </p>
      <ErrorBanner error={list.error} />
      {shown.length === 0 ? (
        <p className="muted">Nobody is on the list.</p>
      ) : (
        <ul className="dnp-list">
          {shown.map((e) => (
            <li
              key={e.id}
              className={
                cohortStaff.has(e.staffA.id) || cohortStaff.has(e.staffB.id)
                  ? 'dnp-here'
                  : undefined
              }
            >
              <span>
                <strong>{e.staffA.name}</strong> and <strong>{e.staffB.name}</strong>: {e.reason}
                <span className="muted small"> · added {formatInstant(e.createdAt)}</span>
              </span>
              <Can method="doNotPair.remove">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Remove ${e.staffA.name} and ${e.staffB.name} from the do-not-pair list`}
                  onClick={() => void remove(e.id)}
                >
                  Remove
                </button>
              </Can>
            </li>
          ))}
        </ul>
      )}
      <Can method="doNotPair.add">
        <form
          className="dnp-form"
          aria-label="Add to the do-not-pair list"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <SelectField
            label="Mentor"
            value={mentor}
            onChange={(e) => setMentor(e.target.value)}
            options={people(mentors, 'Choose a mentor')}
            error={errors.staffA}
          />
          <SelectField
            label="Mentee"
            value={mentee}
            onChange={(e) => setMentee(e.target.value)}
            options={people(mentees, 'Choose a mentee')}
            error={errors.staffB}
          />
          <TextField
            label="Reason"
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Adding…' : 'Add to the list'}
          </button>
        </form>
      </Can>
      <ErrorBanner error={error && Object.keys(errors).length === 0 ? error : null} />
      {review && <ReviewNotice review={review} />}
    </section>
  );
}

/** What the new entry did to the two people's pairings: withdrawn proposals, flagged pairings. */
function ReviewNotice({ review }: { review: RuleReview }) {
  const { withdrawn, flagged } = review;
  const list = (refs: PairingRef[]) => (
    <ul className="dnp-review">
      {refs.map((r) => (
        <li key={r.pairingId}>
          <Link to={`/pairings/${r.pairingId}`}>
            {r.mentee} with {r.mentor}
          </Link>{' '}
          <span className="mono small">{r.cohortCode}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <Notice>
      Added to the list.
      {withdrawn.length === 0 && flagged.length === 0 && ' They had no open pairing together.'}
      {withdrawn.length > 0 && (
        <>
          {' '}
          {plural(withdrawn.length, 'proposal was', 'proposals were')} withdrawn (the mentee is back
          in the unpaired pool):
          {list(withdrawn)}
        </>
      )}
      {flagged.length > 0 && (
        <>
          {' '}
          {plural(flagged.length, 'running pairing is', 'running pairings are')} flagged: it keeps
          running until you end it early from its page.
          {list(flagged)}
        </>
      )}
    </Notice>
  );
}
