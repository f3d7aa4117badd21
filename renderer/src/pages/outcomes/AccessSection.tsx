import { useState, type FormEvent } from 'react';
import { AGE_BANDS, type Access } from '../../../../shared/domain/outcomes';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/ErrorBanner';
import { SelectField, TextField } from '../../components/Field';
import { StaffPicker, type PickedStaff } from '../../components/StaffPicker';
import { fieldErrorsFrom } from '../../lib/problems';
import { formatCount, formatDay, todayIso } from '../../lib/format';
import { ChartCard } from './ChartCard';
import { cellText } from './format';

export function AccessTables({ access }: { access: Access }) {
  return (
    <>
      <p className="muted">
        Self-identified data is held for {formatCount(access.withConsent)} current staff who gave
        consent. Any group of fewer than 5 people is hidden, and so is the next smallest group where
        the totals would reveal it.
      </p>
      <div className="outcome-grid">
        {access.tables.map((t) => (
          <ChartCard
            key={t.dimension}
            title={`Access: participation by ${t.label.toLowerCase()}`}
            n={`n = ${cellText(t.totals.activeStaff)} staff with this recorded`}
            table={{
              columns: ['Group', 'Mentees', 'Mentors', 'Active staff'],
              rows: [
                ...t.rows.map((r) => [
                  r.group,
                  cellText(r.cells.mentees),
                  cellText(r.cells.mentors),
                  cellText(r.cells.activeStaff),
                ]),
                [
                  'Total',
                  cellText(t.totals.mentees),
                  cellText(t.totals.mentors),
                  cellText(t.totals.activeStaff),
                ],
              ],
            }}
          />
        ))}
      </div>
    </>
  );
}

const yesNo = [
  { value: '', label: 'Not answered' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const bool = (v: string) => (v === '' ? null : v === 'yes');

/** One person's self-identified answers, stored only with the day they consented. */
export function ConsentForm({ onSaved }: { onSaved: () => void }) {
  const [person, setPerson] = useState<PickedStaff | null>(null);
  const [gender, setGender] = useState('');
  const [race, setRace] = useState('');
  const [age, setAge] = useState('');
  const [firstGen, setFirstGen] = useState('');
  const [intl, setIntl] = useState('');
  const [consentOn, setConsentOn] = useState(todayIso());
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrorsFrom(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (!person) {
      setError({
        code: 'invalid_input',
        message: 'Choose the person first.',
        details: { problems: [{ field: 'staffId', message: 'choose a person' }] },
      });
      return;
    }
    const result = await api.call('outcomes.recordDemographics', {
      staffId: person.staffId,
      gender,
      raceEthnicity: race,
      ageBand: age === '' ? null : (age as (typeof AGE_BANDS)[number]),
      firstGeneration: bool(firstGen),
      internationallyEducated: bool(intl),
      consentRecordedOn: consentOn,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(`Recorded for ${person.displayName}, with consent given on ${formatDay(consentOn)}.`);
    setPerson(null);
    onSaved();
  };
  const withdraw = async () => {
    if (!person) return;
    const result = await api.call('outcomes.withdrawConsent', { staffId: person.staffId });
    if (!result.ok) return setError(result.error);
    setError(null);
    setDone(`Consent withdrawn for ${person.displayName}; their self-identified data is deleted.`);
    setPerson(null);
    onSaved();
  };

  return (
    <form
      className="card outcome-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="consent-heading"
    >
      <h3 id="consent-heading">Record self-identified data with consent</h3>
      <p className="muted small">
        Every answer is optional. It is stored only with the day the person consented, never shown
        per person, and deleted when consent is withdrawn.
      </p>
      <ErrorBanner error={error} />
      {done && <Notice>{done}</Notice>}
      <StaffPicker
        label="Person"
        required
        hint="Who gave consent."
        clearLabel="Choose someone else"
        selected={person}
        onChange={setPerson}
        error={errors.staffId}
      />
      <div className="form-row">
        <TextField
          label="Gender (as they describe it)"
          value={gender}
          onChange={(e) => setGender(e.target.value)}
          error={errors.gender}
        />
        <TextField
          label="Race or ethnicity (as they describe it)"
          value={race}
          onChange={(e) => setRace(e.target.value)}
          error={errors.raceEthnicity}
        />
        <SelectField
          label="Age band"
          value={age}
          onChange={(e) => setAge(e.target.value)}
          options={[
            { value: '', label: 'Not answered' },
            ...AGE_BANDS.map((a) => ({ value: a, label: a })),
          ]}
          error={errors.ageBand}
        />
        <SelectField
          label="First-generation"
          value={firstGen}
          onChange={(e) => setFirstGen(e.target.value)}
          options={yesNo}
        />
        <SelectField
          label="Internationally educated"
          value={intl}
          onChange={(e) => setIntl(e.target.value)}
          options={yesNo}
        />
        <TextField
          label="Consent given on"
          type="date"
          required
          value={consentOn}
          onChange={(e) => setConsentOn(e.target.value)}
          error={errors.consentRecordedOn}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Record with consent
        </button>
        <button type="button" className="button" disabled={!person} onClick={() => void withdraw()}>
          Withdraw consent and delete
        </button>
      </div>
    </form>
  );
}
