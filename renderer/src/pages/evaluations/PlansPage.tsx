import { useSearchParams } from 'react-router-dom';
import { PLAN_RULE_LABELS } from '../../../../shared/domain/evaluations';
import { useApiQuery } from '../../api/useApiQuery';
import { Can } from '../../components/Can';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { EvaluationsTabs } from './EvaluationsTabs';
import { PlanEditor } from './PlanEditor';
import { PlanList } from './PlanList';
import '../../styles/blocks.css';
import '../../styles/evaluations.css';

/** `/evaluations/plans`: for each program, which forms its pairings are asked to fill in, and when. */
export function PlansPage() {
  const [params, setParams] = useSearchParams();
  const programs = useApiQuery('programs.list', {});
  const forms = useApiQuery('evaluations.forms', {});
  const programId = Number(params.get('program') ?? programs.data?.[0]?.id ?? 0);
  const program = programs.data?.find((p) => p.id === programId);
  const plan = useApiQuery('evaluations.plan', { programId }, { enabled: programId > 0 });

  return (
    <div className="page">
      <PageHeader
        title="Evaluations"
        subtitle={`When forms fall due: ${Object.values(PLAN_RULE_LABELS).join('; ').toLowerCase()}.`}
      />
      <EvaluationsTabs />
      <ErrorBanner error={programs.error ?? forms.error ?? plan.error} />
      {programs.data && programs.data.length === 0 && (
        <EmptyState title="No programs yet">
          Create a program first (Programs › New program); then choose the forms it asks for here.
        </EmptyState>
      )}
      {programs.data && programs.data.length > 0 && (
        <div className="plans-layout">
          <div className="plans-toolbar">
            <SelectField
              label="Program"
              value={programId > 0 ? String(programId) : ''}
              onChange={(e) => setParams({ program: e.target.value }, { replace: true })}
              options={programs.data.map((p) => ({ value: String(p.id), label: p.name }))}
            />
          </div>
          {program && plan.data && forms.data && (
            <section className="card" aria-labelledby="plan-heading">
              <h2 id="plan-heading">Forms {program.name} asks for</h2>
              <Can method="evaluations.setPlan" otherwise={<PlanList plan={plan.data} />}>
                <PlanEditor
                  key={`${programId}-${JSON.stringify(plan.data)}`}
                  programId={programId}
                  programName={program.name}
                  plan={plan.data}
                  forms={forms.data}
                />
              </Can>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
