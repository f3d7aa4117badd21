import { Link } from 'react-router-dom';
import {
  FORM_AUDIENCE_LABELS,
  PLAN_RULE_LABELS,
  type PlanItem,
} from '../../../../shared/domain/evaluations';

/** A program's plan as it stands, for a role that may read it but not change it (a viewer). */
export function PlanList({ plan }: { plan: PlanItem[] }) {
  if (plan.length === 0) return <p className="muted">This program asks for no evaluations.</p>;
  return (
    <div className="table-scroll">
      <table className="table plan-table">
        <caption className="sr-only">Forms this program asks for</caption>
        <thead>
          <tr>
            <th scope="col">Form</th>
            <th scope="col">Answered by</th>
            <th scope="col">When it is asked for</th>
          </tr>
        </thead>
        <tbody>
          {plan.map((p) => (
            <tr key={`${p.formId}-${p.rule}`}>
              <th scope="row">
                <Link to={`/evaluations/forms/${p.formId}`}>{p.formName}</Link>
              </th>
              <td>{FORM_AUDIENCE_LABELS[p.audience]}</td>
              <td>{PLAN_RULE_LABELS[p.rule]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
