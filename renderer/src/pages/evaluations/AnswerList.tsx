import type { Answer } from '../../../../shared/domain/evaluations';

function valueWords(a: Answer): string {
  if (a.value === null) return 'No answer';
  if (Array.isArray(a.value)) return a.value.length === 0 ? 'No answer' : a.value.join('; ');
  if (a.kind === 'yes_no') return a.value === 1 ? 'Yes' : 'No';
  if (a.kind === 'likert5') return `${a.value} of 5`;
  if (a.kind === 'scale10') return `${a.value} of 10`;
  return String(a.value);
}

/** A response's answers, each under the question as it was worded in the response's version. */
export function AnswerList({ answers }: { answers: Answer[] }) {
  return (
    <dl className="answer-list">
      {answers.map((a) => (
        <div key={a.key} className="answer-list-row">
          <dt>{a.question}</dt>
          <dd>{valueWords(a)}</dd>
        </div>
      ))}
    </dl>
  );
}
