import type { BlankFormDocument, BlankQuestion } from '../../../shared/domain/printing';
import { Heading } from './Heading';

function Boxes({
  items,
  shape,
  inline = false,
}: {
  items: string[];
  shape: 'circle' | 'box';
  inline?: boolean;
}) {
  return (
    <ul className={`choices ${shape}${inline ? ' yes-no' : ''}`}>
      {items.map((item, i) => (
        <li key={i}>
          <span className="mark" aria-hidden="true" />
          <span className="choice-label">{item}</span>
        </li>
      ))}
    </ul>
  );
}

function Answer({ q }: { q: BlankQuestion }) {
  switch (q.kind) {
    case 'likert5':
      return (
        <ol className="scale likert">
          {q.labels.map((label, i) => (
            <li key={i}>
              <span className="mark circle" aria-hidden="true" />
              <span className="scale-number">{i + 1}</span>
              <span className="scale-label">{label}</span>
            </li>
          ))}
        </ol>
      );
    case 'scale10':
      return (
        <ol className="scale ten">
          {Array.from({ length: 11 }, (_, i) => (
            <li key={i}>
              <span className="mark box" aria-hidden="true" />
              <span className="scale-number">{i}</span>
            </li>
          ))}
        </ol>
      );
    case 'yes_no':
      return <Boxes items={['Yes', 'No']} shape="box" inline />;
    case 'single_choice':
      return (
        <>
          <p className="hint">Mark one.</p>
          <Boxes items={q.options} shape="circle" />
        </>
      );
    case 'multiple_choice':
      return (
        <>
          <p className="hint">Mark all that apply.</p>
          <Boxes items={q.options} shape="box" />
        </>
      );
    case 'text':
      return (
        <div className="lines" aria-hidden="true">
          {Array.from({ length: 5 }, (_, i) => (
            <div className="line" key={i} />
          ))}
        </div>
      );
  }
}

function Reference({ doc }: { doc: BlankFormDocument }) {
  const r = doc.reference;
  const blank = '______________________________';
  return (
    <table className="facts reference">
      <caption>For the education office: match this form to its pairing</caption>
      <tbody>
        <tr>
          <th scope="row">Pairing reference</th>
          <td>{r ? `Pairing ${r.pairingId}, cohort ${r.cohortCode}` : blank}</td>
          <th scope="row">Form</th>
          <td>
            {doc.formName}, version {doc.version} (form version id {doc.formVersionId})
          </td>
        </tr>
        <tr>
          <th scope="row">Mentor</th>
          <td>{r ? r.mentorName : blank}</td>
          <th scope="row">Mentee</th>
          <td>{r ? r.menteeName : blank}</td>
        </tr>
        <tr>
          <th scope="row">Period</th>
          <td colSpan={3}>{r?.periodLabel ?? blank}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** A form version on paper: the same questions, marks to fill in, lines to write on. */
export function BlankFormView({ doc }: { doc: BlankFormDocument }) {
  return (
    <article className="blank-form">
      <h1>{doc.formName}</h1>
      <p className="form-meta">
        Version {doc.version} · {doc.purposeLabel} · To be filled in by the{' '}
        {doc.audienceLabel.toLowerCase()} · {doc.anonymityLabel}
      </p>
      <p className="anonymity">{doc.anonymityStatement}</p>
      <Reference doc={doc} />
      {doc.introduction ? <p className="introduction">{doc.introduction}</p> : null}
      <p className="hint">
        Questions marked * must be answered. Fill in one mark per scale, like this: ●
      </p>
      {doc.sections.map((s, i) => (
        <section key={i}>
          <Heading>{s.title}</Heading>
          {s.questions.map((q) => (
            <div className="question" key={q.key}>
              <p className="question-text">
                <span className="question-number">{q.number}.</span> {q.text}
                {q.required ? <span className="required"> *</span> : null}
              </p>
              <Answer q={q} />
            </div>
          ))}
        </section>
      ))}
      <div className="date-written">
        <span>Date written:</span>
        <span className="fill" />
      </div>
    </article>
  );
}
