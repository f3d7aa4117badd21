import {
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  type QuestionKind,
} from '../../../../shared/domain/evaluations';
import {
  CheckboxField,
  SelectField,
  TextAreaField,
  TextField,
  sentence,
} from '../../components/Field';
import type { PathErrors } from '../goals/useAction';
import { CHOICE, SCORABLE, type QuestionDraft } from './formDraft';
import { errorAt, says } from './pathErrors';

interface QuestionEditorProps {
  question: QuestionDraft;
  /** 1-based across the form, as respondents number them. */
  number: number;
  /** Where the API's problems point, e.g. `sections.0.questions.2`. */
  path: string;
  errors: PathErrors;
  onChange: (question: QuestionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  first: boolean;
  last: boolean;
  /** The only question of its section cannot go (a section needs one). */
  alone: boolean;
}

/** One question: its text, kind, key, whether it is required and scored, labels or options. */
export function QuestionEditor(props: QuestionEditorProps) {
  const { question: q, number, path, errors, onChange } = props;
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...q, ...patch });
  const name = `question ${number}`;
  return (
    <li>
      <fieldset className="question-editor">
        <legend>Question {number}</legend>
        <div className="question-editor-head">
          <div className="row-actions">
            <button
              type="button"
              className="button button-small"
              disabled={props.first}
              onClick={() => props.onMove(-1)}
            >
              Move up<span className="sr-only"> {name}</span>
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={props.last}
              onClick={() => props.onMove(1)}
            >
              Move down<span className="sr-only"> {name}</span>
            </button>
            <button
              type="button"
              className="button button-small button-danger-quiet"
              disabled={props.alone}
              onClick={props.onRemove}
            >
              Remove<span className="sr-only"> {name}</span>
            </button>
          </div>
        </div>
        <div className="question-grid">
          <TextAreaField
            label="Question text"
            required
            className="field-wide"
            rows={2}
            value={q.text}
            onChange={(e) => set({ text: e.target.value })}
            error={errorAt(errors, `${path}.text`)}
          />
          <SelectField
            label="Kind"
            value={q.kind}
            onChange={(e) => {
              const kind = e.target.value as QuestionKind;
              set({
                kind,
                scored: SCORABLE.includes(kind) ? q.scored || !SCORABLE.includes(q.kind) : false,
              });
            }}
            error={errorAt(errors, `${path}.kind`)}
            options={QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))}
          />
          <TextField
            label="Key"
            value={q.key}
            onChange={(e) => set({ key: e.target.value, keyFixed: true })}
            error={says('This key', errorAt(errors, `${path}.key`))}
            hint="Names the answer in reports across versions; lower-case letters, digits and _."
            spellCheck={false}
            autoComplete="off"
          />
          <div className="question-flags">
            <CheckboxField
              label="Required"
              checked={q.required}
              onChange={(e) => set({ required: e.target.checked })}
            />
            {SCORABLE.includes(q.kind) && (
              <CheckboxField
                label="Counts towards the score"
                checked={q.scored}
                onChange={(e) => set({ scored: e.target.checked })}
              />
            )}
          </div>
          {q.kind === 'likert5' && (
            <fieldset className="likert-labels field-wide">
              <legend>Labels under 1 to 5</legend>
              {q.labels.map((label, i) => (
                <TextField
                  key={i}
                  label={`Label for ${i + 1}`}
                  value={label}
                  onChange={(e) =>
                    set({ labels: q.labels.map((l, j) => (j === i ? e.target.value : l)) })
                  }
                  error={errors[`${path}.labels.${i}`]}
                />
              ))}
              {errors[`${path}.labels`] && (
                <p className="field-error">{sentence(errors[`${path}.labels`] ?? '')}</p>
              )}
            </fieldset>
          )}
          {CHOICE.includes(q.kind) && (
            <TextAreaField
              label="Options"
              required
              className="field-wide"
              rows={4}
              value={q.options}
              onChange={(e) => set({ options: e.target.value })}
              error={says('This question', errorAt(errors, `${path}.options`))}
              hint="One option per line; at least two."
            />
          )}
        </div>
      </fieldset>
    </li>
  );
}
