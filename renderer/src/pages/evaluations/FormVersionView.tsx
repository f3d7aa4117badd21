import {
  DEFAULT_LIKERT_LABELS,
  QUESTION_KIND_LABELS,
  type FormVersion,
  type Question,
} from '../../../../shared/domain/evaluations';

/** A version's questions as respondents see them, with what each one asks for in words. */
export function FormVersionView({ version }: { version: FormVersion }) {
  let number = 0;
  return (
    <div className="form-version-view">
      {version.introduction && <p className="form-introduction">{version.introduction}</p>}
      {version.sections.map((section, s) => (
        <section key={s} className="form-view-section" aria-labelledby={`view-section-${s}`}>
          <h3 id={`view-section-${s}`}>{section.title}</h3>
          <ol className="form-view-questions">
            {section.questions.map((q) => {
              number += 1;
              return (
                <li key={q.key} value={number}>
                  <p className="form-view-text">{q.text}</p>
                  <p className="muted small">
                    {QUESTION_KIND_LABELS[q.kind]} · {q.required ? 'Required' : 'Optional'}
                    {q.scored ? ' · Counts towards the score' : ''} ·{' '}
                    <span className="mono">{q.key}</span>
                  </p>
                  <ChoicesOf question={q} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

function ChoicesOf({ question }: { question: Question }) {
  if (question.kind === 'likert5') {
    const labels = question.labels ?? DEFAULT_LIKERT_LABELS;
    return (
      <p className="small form-view-choices">
        {labels.map((label, i) => `${i + 1} ${label}`).join(' · ')}
      </p>
    );
  }
  if (question.kind === 'single_choice' || question.kind === 'multiple_choice') {
    return <p className="small form-view-choices">{(question.options ?? []).join(' · ')}</p>;
  }
  return null;
}
