interface StepsProps {
  steps: readonly string[];
  current: number;
}

/** Where a wizard is: the steps at the top, done / current / to come in words too. */
export function Steps({ steps, current }: StepsProps) {
  return (
    <ol className="steps" aria-label="Steps">
      {steps.map((label, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={label}
            className={`step step-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="step-label">{label}</span>
            <span className="sr-only">
              {state === 'done' ? ' (done)' : state === 'current' ? ' (current step)' : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
