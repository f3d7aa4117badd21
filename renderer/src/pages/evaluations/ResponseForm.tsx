import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  type EvaluationResponse,
  type FormVersion,
  type ResponseSource,
} from '../../../../shared/domain/evaluations';
import type { Result } from '../../../../shared/result';
import { api } from '../../api/client';
import { useOpenFacility } from '../../app/FacilityContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField, TextField } from '../../components/Field';
import { formatDay, todayIso } from '../../lib/format';
import { useAction } from '../goals/useAction';
import { AnswerField } from './AnswerField';
import { says, withoutQuestion } from './pathErrors';
import {
  answersFrom,
  answersInput,
  blankAnswers,
  questionsOf,
  responseErrors,
  type AnswerDraft,
} from './answers';

export type ResponseMode =
  | {
      kind: 'new';
      pairingId: number;
      period: string;
      respondentStaffId: number | null;
      source: ResponseSource;
    }
  | { kind: 'correct'; original: EvaluationResponse };

interface ResponseFormProps {
  version: FormVersion;
  mode: ResponseMode;
  /** Whose answers these are, in words ("Ana Lopez (mentee)"). */
  respondentName: string;
  onDone: (response: EvaluationResponse) => void;
  onCancel: () => void;
}

/**
 * The answers to one form version: entered by the respondent, or by the educator from paper
 * (with the day written on it). A correction starts from the old answers and needs a reason.
 */
export function ResponseForm({
  version,
  mode,
  respondentName,
  onDone,
  onCancel,
}: ResponseFormProps) {
  const actor = useOpenFacility().actor;
  const headingId = useId();
  const original = mode.kind === 'correct' ? mode.original : null;
  const [answers, setAnswers] = useState<AnswerDraft>(() =>
    original ? answersFrom(version, original.answers) : blankAnswers(version),
  );
  const [source, setSource] = useState<ResponseSource>(
    original?.source ?? (mode.kind === 'new' ? mode.source : 'paper'),
  );
  const [paperDate, setPaperDate] = useState(
    original?.source === 'paper' ? original.answeredOn : '',
  );
  const [reason, setReason] = useState('');
  const action = useAction();
  const sent = answersInput(version, answers);
  const errors = responseErrors(action.error, sent);
  const keys = new Set(questionsOf(version).map((q) => `answers.${q.key}`));
  const shown = (f: string) =>
    keys.has(f) || (f === 'paperDate' && source === 'paper') || (f === 'reason' && !!original);
  const fields = Object.keys(errors);
  const placed = fields.length > 0 && fields.every(shown);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (action.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [action.error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const content = {
      answers: sent,
      source,
      paperDate: source === 'paper' && paperDate !== '' ? paperDate : null,
    };
    const call = (): Promise<Result<EvaluationResponse>> =>
      mode.kind === 'new'
        ? api.call('evaluations.submit', {
            ...content,
            formVersionId: version.id,
            pairingId: mode.pairingId,
            period: mode.period,
            respondentStaffId: mode.respondentStaffId,
          })
        : api.call('evaluations.correct', { ...content, responseId: mode.original.id, reason });
    const saved = await action.run(call);
    if (saved) onDone(saved);
  };

  let number = 0;
  return (
    <form
      ref={formRef}
      className="form response-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={headingId}>
        {original
          ? `Correct response #${original.id} of ${formatDay(original.answeredOn)}`
          : `Answers of ${respondentName}`}
      </h2>
      {original && (
        <p>
          Response #{original.id} stays in the history, marked as superseded by this correction.
          Responses are never edited or deleted, so this cannot be undone.
        </p>
      )}
      <fieldset className="radio-group">
        <legend>How were these answers given?</legend>
        <label className="radio-option">
          <input
            type="radio"
            name={`${headingId}-source`}
            checked={source === 'respondent'}
            onChange={() => setSource('respondent')}
          />
          <span>By {respondentName} at this workstation</span>
        </label>
        <label className="radio-option">
          <input
            type="radio"
            name={`${headingId}-source`}
            checked={source === 'paper'}
            onChange={() => setSource('paper')}
          />
          <span>On a paper form, entered now</span>
        </label>
      </fieldset>
      {source === 'paper' && (
        <div className="paper-facts">
          <p className="paper-on-behalf">
            Entered by <strong>{actor}</strong> on behalf of <strong>{respondentName}</strong>.
          </p>
          <TextField
            label="Date written on the paper"
            type="date"
            required
            max={todayIso()}
            value={paperDate}
            onChange={(e) => setPaperDate(e.target.value)}
            error={says('The date', errors.paperDate)}
            hint="The day the respondent filled it in; not in the future."
          />
        </div>
      )}
      {version.sections.map((section, s) => (
        <section key={s} className="answer-section" aria-labelledby={`${headingId}-s${s}`}>
          <h3 id={`${headingId}-s${s}`}>{section.title}</h3>
          {section.questions.map((q) => {
            number += 1;
            return (
              <AnswerField
                key={q.key}
                question={q}
                number={number}
                value={answers[q.key] ?? null}
                error={says('This answer', withoutQuestion(errors[`answers.${q.key}`]))}
                onChange={(value) => setAnswers((a) => ({ ...a, [q.key]: value }))}
              />
            );
          })}
        </section>
      ))}
      {original && (
        <TextAreaField
          label="Reason for the correction"
          required
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={says('The reason', errors.reason)}
          hint="Kept with both responses and in the audit trail."
        />
      )}
      <ErrorBanner error={placed ? null : action.error} />
      {placed && (
        <p className="field-error" role="alert">
          Nothing was saved: see the messages next to the questions above.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.busy}>
          {action.busy ? 'Saving…' : original ? 'Supersede with this correction' : 'Save response'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={action.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
