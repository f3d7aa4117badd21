import { useRef } from 'react';
import { TextField, sentence } from '../../components/Field';
import type { PathErrors } from '../goals/useAction';
import { moved, newQuestion, type SectionDraft } from './formDraft';
import { QuestionEditor } from './QuestionEditor';

interface SectionEditorProps {
  section: SectionDraft;
  index: number;
  /** The number of the section's first question, counted across the form. */
  firstNumber: number;
  errors: PathErrors;
  onChange: (section: SectionDraft) => void;
  /** Adding, moving or removing renumbers the paths the errors point at. */
  onReshaped: () => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  first: boolean;
  last: boolean;
  alone: boolean;
}

/** A titled group of questions, with the questions' own editors and a way to add one. */
export function SectionEditor(props: SectionEditorProps) {
  const { section, index, errors, onChange, onReshaped } = props;
  const path = `sections.${index}`;
  const addButton = useRef<HTMLButtonElement>(null);
  const reshape = (questions: SectionDraft['questions']) => {
    onReshaped();
    onChange({ ...section, questions });
  };
  return (
    <fieldset className="form-section section-editor">
      <legend>Section {index + 1}</legend>
      <div className="section-editor-head">
        <TextField
          label="Section title"
          required
          value={section.title}
          onChange={(e) => onChange({ ...section, title: e.target.value })}
          error={errors[`${path}.title`]}
        />
        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            disabled={props.first}
            onClick={() => props.onMove(-1)}
          >
            Move up<span className="sr-only"> section {index + 1}</span>
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={props.last}
            onClick={() => props.onMove(1)}
          >
            Move down<span className="sr-only"> section {index + 1}</span>
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            disabled={props.alone}
            onClick={props.onRemove}
          >
            Remove section<span className="sr-only"> {index + 1}</span>
          </button>
        </div>
      </div>
      {errors[`${path}.questions`] && (
        <p className="field-error">{sentence(errors[`${path}.questions`] ?? '')}</p>
      )}
      <ol className="question-list">
        {section.questions.map((q, i) => (
          <QuestionEditor
            key={q.uid}
            question={q}
            number={props.firstNumber + i}
            path={`${path}.questions.${i}`}
            errors={errors}
            onChange={(next) =>
              onChange({
                ...section,
                questions: section.questions.map((x) => (x.uid === q.uid ? next : x)),
              })
            }
            onMove={(by) => reshape(moved(section.questions, i, by))}
            onRemove={() => {
              reshape(section.questions.filter((x) => x.uid !== q.uid));
              addButton.current?.focus();
            }}
            first={i === 0}
            last={i === section.questions.length - 1}
            alone={section.questions.length === 1}
          />
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button button-small"
        onClick={() => reshape([...section.questions, newQuestion()])}
      >
        Add question<span className="sr-only"> to section {index + 1}</span>
      </button>
    </fieldset>
  );
}
