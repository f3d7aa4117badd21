import type { FormScores, PacketDocument } from '../../../shared/domain/printing';
import { changeText, formatDay, formatNumber } from './format';
import { Heading } from './Heading';

function scoreText(score: number | null, count: number, locale: string): string {
  if (count === 0) return 'No responses';
  const n = `n = ${count}`;
  return score === null ? `Not scored (${n})` : `${formatNumber(score, locale)} (${n})`;
}

function FormQuestions({ form, doc }: { form: FormScores; doc: PacketDocument }) {
  const locale = doc.header.locale;
  if (form.questions.length === 0) return null;
  return (
    <table className="questions">
      <caption>
        {form.formName}: mean answer per scored question, on the question’s own scale
      </caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Scale</th>
          <th scope="col" className="num">
            {doc.period.key}
          </th>
          <th scope="col" className="num">
            {doc.previousPeriod.key}
          </th>
        </tr>
      </thead>
      <tbody>
        {form.questions.map((q, i) => (
          <tr key={i}>
            <td className="wrap">{q.question}</td>
            <td>{q.scaleLabel}</td>
            <td className="num">{formatNumber(q.current, locale)}</td>
            <td className="num">{formatNumber(q.previous, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EvaluationScores({ doc }: { doc: PacketDocument }) {
  const { evaluations: ev, period, previousPeriod } = doc;
  const locale = doc.header.locale;
  return (
    <section>
      <Heading>4. Evaluation scores: this quarter against last</Heading>
      {ev.currentCount === 0 ? (
        <p className="empty">
          No evaluations were returned for {period.key}.
          {ev.previousCount > 0
            ? ` ${ev.previousCount} were returned for ${previousPeriod.key}, shown below.`
            : ''}
        </p>
      ) : null}
      {ev.forms.length > 0 ? (
        <>
          <p className="explain">
            A form’s score is the mean, over its responses, of each response’s scored answers on a
            0–100 scale (agreement 1 = 0 and 5 = 100; ratings 0–10 × 10). n is the number of
            responses returned.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Form</th>
                <th scope="col">Answered by</th>
                <th scope="col" className="num">
                  Score {period.key}
                </th>
                <th scope="col" className="num">
                  Score {previousPeriod.key}
                </th>
                <th scope="col" className="num">
                  Change
                </th>
              </tr>
            </thead>
            <tbody>
              {ev.forms.map((f, i) => (
                <tr key={i}>
                  <td className="wrap">
                    {f.formName}
                    <div className="sub">{f.anonymityLabel}</div>
                  </td>
                  <td>{f.audienceLabel}</td>
                  <td className="num">{scoreText(f.currentScore, f.currentCount, locale)}</td>
                  <td className="num">{scoreText(f.previousScore, f.previousCount, locale)}</td>
                  <td className="num">{changeText(f.currentScore, f.previousScore, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ev.forms.map((f, i) => (
            <FormQuestions key={i} form={f} doc={doc} />
          ))}
        </>
      ) : ev.currentCount === 0 && ev.previousCount === 0 ? (
        <p>No evaluations were returned for {previousPeriod.key} either.</p>
      ) : null}
    </section>
  );
}

export function Comments({ doc }: { doc: PacketDocument }) {
  const locale = doc.header.locale;
  const none = doc.namedComments.length === 0 && doc.confidentialComments.length === 0;
  return (
    <section>
      <Heading>5. Comments</Heading>
      {none ? (
        <p className="empty">No written comments were returned for {doc.period.key}.</p>
      ) : null}
      {doc.namedComments.length > 0 ? (
        <>
          <Heading level={3}>Comments from named forms</Heading>
          {doc.namedComments.map((c, i) => (
            <div className="comment" key={i}>
              <div className="comment-head">
                <p className="comment-source">
                  {c.author} ({c.authorRole}), {c.formName}, {formatDay(c.answeredOn, locale)}
                </p>
                <p className="comment-question">{c.question}</p>
              </div>
              <p className="comment-text">{c.text}</p>
            </div>
          ))}
        </>
      ) : null}
      {doc.confidentialComments.length > 0 ? (
        <>
          <Heading level={3}>Confidential comments (printed without the respondent’s name)</Heading>
          <p className="explain">
            These forms promise respondents that their name is never shown or printed with their
            answers.
          </p>
          {doc.confidentialComments.map((c, i) => (
            <div className="comment" key={i}>
              <div className="comment-head">
                <p className="comment-source">{c.formName}</p>
                <p className="comment-question">{c.question}</p>
              </div>
              <p className="comment-text">{c.text}</p>
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}
